/**
 * Monaco, loaded on demand: this module is only reached through a dynamic import, so the
 * page paints before the editor's ~1 MB (gzip) arrives. A slim feature set keeps it there.
 */
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import { cythonConf, cythonLanguage } from './cython-language.ts';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

monaco.languages.register({ id: 'cython', extensions: ['.pyx', '.pxd'], aliases: ['Cython'] });
monaco.languages.setLanguageConfiguration('cython', cythonConf);
monaco.languages.setMonarchTokensProvider('cython', cythonLanguage);

monaco.editor.defineTheme('cnake', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'type', foreground: '0f766e' },
    { token: 'type.identifier', foreground: '0f766e' },
    { token: 'operator.pointer', foreground: 'b45309', fontStyle: 'bold' },
    { token: 'operator.memoryview', foreground: 'b45309' },
    { token: 'delimiter.angle', foreground: 'b45309' },
    { token: 'tag', foreground: '7c3aed' },
    { token: 'keyword', foreground: '1d4ed8' },
  ],
  colors: { 'editor.background': '#ffffff', 'editorLineNumber.foreground': '#a1a1aa' },
});

export { monaco };
