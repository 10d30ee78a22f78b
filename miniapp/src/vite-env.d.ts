/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the backend is; empty (the default) means the page's own origin. */
  readonly VITE_API_BASE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
