/** Paths inside the app (a memory router: they never show in the address bar). */
export const paths = {
  home: '/',
  search: (query: string) => `/search?q=${encodeURIComponent(query)}`,
  lifeEvent: (id: string) => `/life-events/${encodeURIComponent(id)}`,
  procedure: (code: string) => `/procedures/${encodeURIComponent(code)}`,
  lookup: '/dossiers',
  myDossiers: '/me',
  rate: (code: string) => `/rate/${encodeURIComponent(code)}`,
};

/** Shared Mini App links carry the procedure in the query, which survives any base path. */
const SHARED_PROCEDURE_PARAM = 'procedure';

export function sharedProcedurePath(code: string): string {
  return `/?${SHARED_PROCEDURE_PARAM}=${encodeURIComponent(code)}`;
}

/** Where to start when the app is opened from a shared link (`?procedure=<code>`). */
export function initialPathFrom(search: string): string | undefined {
  const code = new URLSearchParams(search).get(SHARED_PROCEDURE_PARAM)?.trim();
  return code ? paths.procedure(code) : undefined;
}
