import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Reads a text file that may be gzip-compressed (detected by its magic bytes, not its name). */
export function readMaybeGzipped(path: string): string {
  const bytes = readFileSync(path);
  const gzipped = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

export interface NumberedLine {
  lineNo: number;
  text: string;
}

/** Non-blank lines with their 1-based line numbers, for reports that point at the file. */
export function numberedLines(content: string): NumberedLine[] {
  const out: NumberedLine[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((text, i) => {
    if (text.trim() !== '') out.push({ lineNo: i + 1, text });
  });
  return out;
}
