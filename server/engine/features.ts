/**
 * Cython features detected from a .pyx source. The list is the dataset's coverage target
 * (`npm run coverage`), the filter of the playground's browser, and a field of the
 * training export. Detection is by pattern on the source with comments and strings blanked.
 */

export interface Feature {
  id: string;
  title: string;
  pattern: RegExp;
}

const f = (id: string, title: string, pattern: RegExp): Feature => ({ id, title, pattern });

export const FEATURES: readonly Feature[] = [
  f('typed_memoryview', 'Typed memoryviews', /\b\w+\s*\[\s*:{1,2}1?\s*(?:,\s*:{1,2}1?\s*)*\]\s*\w/),
  f('contiguous_memoryview', 'C-contiguous memoryviews (::1)', /\[\s*(?::\s*,\s*)*::1\s*\]/),
  f('multidim_memoryview', 'Multi-dimensional memoryviews', /\[\s*:{1,2}1?\s*,\s*:{1,2}1?/),
  f('c_array', 'Fixed-size C arrays', /\bcdef\s+(?:(?:unsigned|signed|long|short|const)\s+)*\w+\s+\w+\s*\[\s*[\w+*\- ]+\s*\]/),
  // Declarations, casts and parameters of pointer type (not `a * b`, which is multiplication).
  f('pointer', 'C pointers', /\bcdef\s+(?:(?:unsigned|signed|long|short|const)\s+)*\w+\s*\*+\s*\w|<\s*(?:const\s+)?[\w ]+?\s*\*+\s*>|[(,]\s*(?:const\s+)?(?:(?:unsigned|signed|long|short)\s+)*(?:char|int|long|double|float|short|void|size_t|Py_ssize_t|\w+_t|[A-Z]\w*)\s*\*+\s*\w+\s*[,)]/),
  f('malloc_free', 'malloc/calloc/realloc and free', /\b(?:malloc|calloc|realloc)\s*\(/),
  f('pymem', 'PyMem_Malloc/PyMem_Free', /\bPyMem_(?:Malloc|Calloc|Realloc|Free)\b/),
  f('cdef_class', 'cdef classes (extension types)', /^\s*cdef\s+class\s+\w/m),
  f('cinit_dealloc', '__cinit__ / __dealloc__', /\bdef\s+__(?:cinit|dealloc)__\s*\(/),
  f('cdef_class_inheritance', 'Extension type inheritance', /^\s*cdef\s+class\s+\w+\s*\(\s*\w+\s*\)/m),
  f('public_readonly_attrs', 'cdef public/readonly attributes', /\bcdef\s+(?:public|readonly)\s+\w/),
  f('special_methods', 'Special methods on cdef classes', /\bdef\s+__(?:richcmp|lt|le|eq|hash|len|getitem|setitem|contains|iter|next|add|mul|repr)__\s*\(/),
  f('cpdef_function', 'cpdef functions', /^\s*cpdef\s+(?!enum)\w/m),
  f('cdef_function', 'cdef functions', /^\s*cdef\s+(?:inline\s+)?(?:(?:unsigned|signed|long|short|const)\s+)*[\w.]+\s*\**\s*\w+\s*\([^)]*\)\s*(?:noexcept|except|nogil|:)/m),
  f('inline_function', 'inline cdef functions', /\bcdef\s+inline\s/),
  f('fused_types', 'Fused types', /\bctypedef\s+fused\b|\bcython\.(?:floating|integral|numeric)\b/),
  f('struct', 'C structs', /\b(?:cdef|ctypedef)\s+(?:packed\s+)?struct\s+\w/),
  f('union', 'C unions', /\b(?:cdef|ctypedef)\s+union\s+\w/),
  f('enum', 'C enums', /\b(?:cdef|cpdef|ctypedef)\s+enum\b/),
  f('ctypedef', 'ctypedef aliases', /\bctypedef\s+(?!fused|struct|union|enum)\w/),
  f('function_pointer', 'C function pointers', /\(\s*\*\s*\w*\s*\)\s*\(/),
  f('exception_value', 'Exception values (except -1 / except? / except *)', /\)\s*(?:nogil\s+)?except\s*[?*]?\s*[-\w*]/),
  f('noexcept', 'noexcept functions', /\bnoexcept\b/),
  f('nogil_function', 'nogil functions', /\)\s*(?:noexcept\s+|except\s*\??\s*[-\w]+\s+)?nogil\s*:/),
  f('with_nogil', 'with nogil blocks', /\bwith\s+nogil\b/),
  f('with_gil', 'with gil blocks', /\bwith\s+gil\b/),
  f('prange', 'prange (OpenMP parallel loops)', /\bprange\s*\(/),
  f('libc_math', 'libc.math', /\blibc\.math\b/),
  f('libc_stdlib', 'libc.stdlib', /\blibc\.stdlib\b/),
  f('libc_string', 'libc.string (memcpy, memset …)', /\blibc\.string\b/),
  f('libc_stdint', 'libc.stdint fixed-width integers', /\blibc\.stdint\b/),
  f('libc_limits_float', 'libc.limits / libc.float', /\blibc\.(?:limits|float)\b/),
  f('libcpp_vector', 'libcpp.vector', /\blibcpp\.vector\b/),
  f('libcpp_map', 'libcpp map / unordered_map', /\blibcpp\.(?:unordered_)?map\b/),
  f('libcpp_containers', 'Other libcpp containers and algorithms', /\blibcpp\.(?:algorithm|deque|queue|set|unordered_set|pair|string|utility|stack|list)\b/),
  f('bint', 'bint booleans', /\bbint\b/),
  f('c_tuple', 'C tuples', /\(\s*(?:double|int|long|float|bint|Py_ssize_t|size_t)\s*,\s*(?:double|int|long|float|bint|Py_ssize_t|size_t)\b[^)]*\)\s*\w/),
  f('boundscheck', 'boundscheck directive', /\bboundscheck\s*[(=]\s*False/),
  f('wraparound', 'wraparound directive', /\bwraparound\s*[(=]\s*False/),
  f('cdivision', 'cdivision directive', /\bcdivision\s*[(=]\s*True/),
  f('file_directives', 'File-level # cython: directives', /^#\s*cython\s*:/m),
  f('typed_def_args', 'Typed def arguments', /^\s*def\s+\w+\s*\(\s*(?:(?:unsigned|long|const)\s+)*(?:int|long|double|float|bint|Py_ssize_t|str|list|bytes|dict|tuple|object|[\w]+\s*\[)[\w\s\[\]:,]*\b\w+\s*[,)=]/m),
  f('casts', 'C casts <type>', /<\s*(?:(?:unsigned|signed|long|const)\s+)*(?:double|float|int|long|char|short|size_t|Py_ssize_t|object|u?int\d+_t|\w+\s*\*+)\s*>/),
  f('address_of', 'Address-of (&)', /[(,=]\s*&\s*\w/),
  f('py_ssize_t', 'Py_ssize_t indices', /\bPy_ssize_t\b/),
  f('unsigned_ints', 'Unsigned / fixed-width integers', /\bunsigned\s+(?:int|long|char|short)\b|\bu?int(?:8|16|32|64)_t\b/),
  f('char_pointer', 'char buffers and bytes access', /\b(?:const\s+)?(?:unsigned\s+)?char\s*\*|\bunsigned\s+char\s*\[/),
  f('cpython_api', 'cpython.* cimports', /\bfrom\s+cpython(?:\.\w+)?\s+cimport\b/),
  f('cpython_array', 'cpython.array', /\bcpython\.array\b|\bfrom\s+cpython\s+cimport\s+array\b/),
  f('cython_view', 'cython.view arrays', /\bcython\.view\b|\bfrom\s+cython\.view\s+cimport\b|\bcimport\s+cython\.view\b/),
  f('extern_from', 'cdef extern from headers', /\bcdef\s+extern\s+from\b/),
  f('const', 'const qualifiers', /\bconst\s+\w/),
  f('long_long', 'long long / long double', /\blong\s+(?:long|double)\b/),
  f('pure_python_mode', 'Pure-Python-mode decorators (cython.cfunc, cython.locals …)', /@cython\.(?:cfunc|ccall|locals|returns)\b|\bcython\.declare\s*\(/),
  f('final_class', '@cython.final', /@cython\.final\b/),
];

/** Comments and string literals blanked out, so prose never counts as a feature. */
export function codeOnly(source: string): string {
  return source
    .replace(/("""|''')[\s\S]*?\1/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(["'])(?:\\.|(?!\1)[^\\\n])*\1/g, (m) => (/^["']\w[\w.-]*\.h(?:pp)?["']$/.test(m) ? m : ' '.repeat(m.length)))
    .replace(/(^|[^\S\n])#(?!\s*cython\s*:).*$/gm, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/^#(?!\s*cython\s*:).*$/gm, (m) => ' '.repeat(m.length));
}

export function detectFeatures(pyx: string): string[] {
  const code = codeOnly(pyx);
  return FEATURES.filter((feature) => feature.pattern.test(code)).map((feature) => feature.id);
}

/** The dataset's coverage goal: this many features, each used by at least this many pairs. */
export const COVERAGE_GOAL = { features: 40, pairsPerFeature: 3 };

export interface FeatureCoverage {
  id: string;
  title: string;
  pairs: string[];
}

export function featureCoverage(items: Array<{ name: string; cython: string }>): FeatureCoverage[] {
  const byFeature = new Map<string, string[]>(FEATURES.map((feature) => [feature.id, []]));
  for (const item of items) for (const id of detectFeatures(item.cython)) byFeature.get(id)!.push(item.name);
  return FEATURES.map((feature) => ({ id: feature.id, title: feature.title, pairs: byFeature.get(feature.id)! }));
}
