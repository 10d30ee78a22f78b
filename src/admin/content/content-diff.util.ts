import { structuredPatch } from 'diff';
import type { ContentBundle } from './content-bundle';
import { SYNONYMS_FILE, templateFile } from './prepared-content';

export interface DiffLine {
  kind: 'add' | 'remove' | 'context' | 'hunk';
  text: string;
}

export interface FileDiff {
  file: string;
  change: 'added' | 'removed' | 'changed';
  lines: DiffLine[];
}

/** Every file of a version under the path staff know it by. */
export function bundleFiles(bundle: ContentBundle): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, text] of Object.entries(bundle.flows)) files.set(`flows/${name}`, text);
  for (const [name, text] of Object.entries(bundle.templates)) files.set(templateFile(name), text);
  files.set(SYNONYMS_FILE, bundle.synonyms);
  return files;
}

/** What changed from `before` to `after`, file by file, as line diffs with three lines of context. */
export function diffBundles(before: ContentBundle | null, after: ContentBundle): FileDiff[] {
  const a = before ? bundleFiles(before) : new Map<string, string>();
  const b = bundleFiles(after);
  const out: FileDiff[] = [];
  for (const file of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const oldText = a.get(file);
    const newText = b.get(file);
    if (oldText === newText) continue;
    const patch = structuredPatch(file, file, oldText ?? '', newText ?? '', '', '', { context: 3 });
    const lines: DiffLine[] = [];
    for (const hunk of patch.hunks) {
      lines.push({ kind: 'hunk', text: `@@ dòng ${hunk.oldStart} → ${hunk.newStart} @@` });
      for (const line of hunk.lines) {
        if (line.startsWith('\\')) continue;
        const kind = line[0] === '+' ? 'add' : line[0] === '-' ? 'remove' : 'context';
        lines.push({ kind, text: line.slice(1) });
      }
    }
    out.push({
      file,
      change: oldText === undefined ? 'added' : newText === undefined ? 'removed' : 'changed',
      lines,
    });
  }
  return out;
}
