import { numberedLines, readMaybeGzipped } from '../importer/line-reader.util';
import type { ParsedProcedure } from '../parser/parsed-procedure';
import { isRejected, parseRecord } from '../parser/procedure.parser';
import { BODY_CHARS, type SearchDocument } from './search-document';

export function toSearchDocument(p: ParsedProcedure): SearchDocument {
  return {
    code: p.code,
    name: p.name,
    levels: p.levels,
    field: p.field,
    results: p.results.map((r) => r.name),
    body: [p.documents.map((d) => d.name).join(' . '), p.steps ?? ''].join(' . ').slice(0, BODY_CHARS),
    contentMismatch: p.contentMismatch,
  };
}

/** Search documents straight from a catalog export, for commands that run without a database. */
export function searchDocumentsFromFile(path: string): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const { text } of numberedLines(readMaybeGzipped(path))) {
    try {
      const parsed = parseRecord(JSON.parse(text));
      if (!isRejected(parsed)) docs.push(toSearchDocument(parsed));
    } catch {
      // A malformed line is the importer's to report; the search simply skips it.
    }
  }
  return docs;
}
