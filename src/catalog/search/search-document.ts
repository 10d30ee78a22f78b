/** What the procedure search indexes for one procedure (from the database or the seed file). */
export interface SearchDocument {
  code: string;
  name: string;
  levels: string[];
  field: string | null;
  results: string[];
  /** Steps and document names, the weakest evidence: truncated, folded only. */
  body: string;
  contentMismatch: boolean;
  /** A province's own list carries it: the procedures citizens of a province actually file. */
  provincial: boolean;
}

/** Long steps say less per word; the first part names what the procedure is about. */
export const BODY_CHARS = 1500;
