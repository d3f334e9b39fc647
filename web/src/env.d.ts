/// <reference types="vite/client" />
/// <reference types="svelte" />

declare module 'monaco-editor/languages/definitions/python/python' {
  import type { languages } from 'monaco-editor/editor';
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}
