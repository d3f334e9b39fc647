/**
 * A Monarch grammar for Cython. Monaco's Python grammar leaves cdef, cpdef, cimport and
 * C types uncoloured; this one extends it with Cython's declarations, C types, pointer
 * and memoryview syntax, casts (`<double>x`) and nogil/with gil.
 */
import type { languages } from 'monaco-editor/editor';
import { conf as pythonConf, language as pythonLanguage } from 'monaco-editor/languages/definitions/python/python';

const CYTHON_KEYWORDS = [
  'cdef', 'cpdef', 'cimport', 'ctypedef', 'extern', 'struct', 'union', 'enum', 'fused', 'inline', 'public', 'api',
  'readonly', 'nogil', 'gil', 'noexcept', 'except', 'include', 'DEF', 'IF', 'ELIF', 'ELSE', 'sizeof', 'typeof',
  'address', 'new', 'del', 'const', 'volatile', 'packed', 'cppclass', 'namespace', 'operator', 'prange', 'parallel',
];

const C_TYPES = [
  'void', 'bint', 'char', 'short', 'int', 'long', 'float', 'double', 'complex', 'signed', 'unsigned', 'size_t',
  'Py_ssize_t', 'Py_hash_t', 'Py_UCS4', 'Py_UNICODE', 'ssize_t', 'ptrdiff_t', 'object', 'list', 'dict', 'tuple', 'set',
  'str', 'bytes', 'bytearray', 'int8_t', 'int16_t', 'int32_t', 'int64_t', 'uint8_t', 'uint16_t', 'uint32_t', 'uint64_t',
  'intptr_t', 'uintptr_t', 'floating', 'integral', 'numeric',
];

const python = pythonLanguage as languages.IMonarchLanguage & { keywords: string[] };

export const cythonConf: languages.LanguageConfiguration = {
  ...pythonConf,
  onEnterRules: [{
    beforeText: /^\s*(?:c?p?def|cdef\s+class|class|for|if|elif|else|while|try|with|finally|except|struct|union|enum|ctypedef|extern|cppclass).*?:\s*$/,
    action: { indentAction: 1 /* languages.IndentAction.Indent */ },
  }],
};

export const cythonLanguage: languages.IMonarchLanguage = {
  ...python,
  tokenPostfix: '.cython',
  keywords: [...new Set([...python.keywords.filter((k) => !C_TYPES.includes(k)), ...CYTHON_KEYWORDS])],
  ctypes: C_TYPES,
  tokenizer: {
    ...python.tokenizer,
    root: [
      { include: '@whitespace' },
      // with gil / with nogil
      [/\b(with)(\s+)(nogil|gil)\b/, ['keyword', 'white', 'keyword']],
      // A cast: <double>x, <int*>p, <object?>o
      [/<(?=\s*[A-Za-z_][\w.]*\s*[*&?]*\s*>)/, { token: 'delimiter.angle', next: '@cast' }],
      // Memoryview slices in declarations: double[:, ::1]
      [/\[(?=\s*:)/, { token: 'delimiter.bracket', next: '@memoryview' }],
      { include: '@numbers' },
      { include: '@strings' },
      [/[,:;]/, 'delimiter'],
      [/[{}[\]()]/, '@brackets'],
      [/@[a-zA-Z_][\w.]*/, 'tag'],
      // Pointers and address-of: double*, &x, **argv
      [/[*&](?=[\s\w*&)\],])/, 'operator.pointer'],
      [/[a-zA-Z_]\w*/, { cases: { '@ctypes': 'type', '@keywords': 'keyword', '@default': 'identifier' } }],
    ],
    cast: [
      [/[A-Za-z_][\w.]*/, { cases: { '@ctypes': 'type', '@default': 'type.identifier' } }],
      [/[*&?]/, 'operator.pointer'],
      [/\s+/, 'white'],
      [/>/, { token: 'delimiter.angle', next: '@pop' }],
    ],
    memoryview: [
      [/::?\d*/, 'operator.memoryview'],
      [/,/, 'delimiter'],
      [/\s+/, 'white'],
      [/\]/, { token: 'delimiter.bracket', next: '@pop' }],
      [/[^\]]/, 'identifier'],
    ],
  },
};
