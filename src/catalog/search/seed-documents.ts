import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { numberedLines, readMaybeGzipped } from '../importer/line-reader.util';
import type { ParsedProcedure } from '../parser/parsed-procedure';
import { isRejected, parseRecord } from '../parser/procedure.parser';
import { BODY_CHARS, type SearchDocument } from './search-document';

export function toSearchDocument(p: ParsedProcedure, provincial = false): SearchDocument {
  return {
    code: p.code,
    name: p.name,
    levels: p.levels,
    field: p.field,
    results: p.results.map((r) => r.name),
    body: [p.documents.map((d) => d.name).join(' . '), p.steps ?? ''].join(' . ').slice(0, BODY_CHARS),
    contentMismatch: p.contentMismatch,
    provincial,
  };
}

/** Base codes listed in provincial procedure lists (CSV) in a folder, when it exists. */
export function provincialBaseCodes(dir: string): Set<string> {
  const codes = new Set<string>();
  if (!existsSync(dir)) return codes;
  for (const file of readdirSync(dir).filter((f) => /\.csv(\.gz)?$/.test(f))) {
    for (const m of readMaybeGzipped(join(dir, file)).matchAll(/(?:^|,)(\d\.\d{6})(?=[.,])/gm))
      codes.add(m[1]);
  }
  return codes;
}

/**
 * Search documents straight from a catalog export, for commands that run without a database;
 * provincial lists beside it (data/provinces) mark the procedures provinces handle.
 */
export function searchDocumentsFromFile(
  path: string,
  provincesDir = join(dirname(path), 'provinces'),
): SearchDocument[] {
  const provincial = provincialBaseCodes(provincesDir);
  const docs: SearchDocument[] = [];
  for (const { text } of numberedLines(readMaybeGzipped(path))) {
    try {
      const parsed = parseRecord(JSON.parse(text));
      if (!isRejected(parsed)) docs.push(toSearchDocument(parsed, provincial.has(parsed.code.slice(0, 8))));
    } catch {
      // A malformed line is the importer's to report; the search simply skips it.
    }
  }
  return docs;
}
