import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchDocumentsFromFile } from '../../src/catalog/search/seed-documents';
import { PROJECT_ROOT } from '../../src/config/paths';
import { NluEngine } from '../../src/nlu/nlu-engine';

/**
 * `npm run bench:nlu`: index build time and memory, and classify latency p50/p99 over the real
 * questions × 10 rounds (goal: p99 ≤ 5 ms, index ≤ 100 MB, build ≤ 2 s). Prints; asserts nothing.
 */
const EVAL = join(PROJECT_ROOT, '..', 'shared', 'eval', 'questions.jsonl');
const ROUNDS = 10;

function questions(): string[] {
  if (existsSync(EVAL)) {
    return readFileSync(EVAL, 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((l) => {
        const q = JSON.parse(l) as { question: string; question_no_diacritics: string };
        return [q.question, q.question_no_diacritics];
      });
  }
  console.log(`(${EVAL} not found: timing the catalog's own procedure names instead)`);
  return searchDocumentsFromFile(join(PROJECT_ROOT, 'data', 'catalog.jsonl.gz'))
    .slice(0, 700)
    .map((d) => d.name);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function main(): void {
  const documents = searchDocumentsFromFile(join(PROJECT_ROOT, 'data', 'catalog.jsonl.gz'));
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const builds: number[] = [];
  let engine = NluEngine.build({ documents });
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    engine = NluEngine.build({ documents });
    builds.push(performance.now() - t);
  }
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const texts = questions();
  for (const t of texts.slice(0, 50)) engine.understand(t); // warm-up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of texts) {
      const t = performance.now();
      engine.understand(text);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`bench:nlu — ${documents.length} procedures, ${texts.length} messages × ${ROUNDS} rounds`);
  console.log(`index build      ${builds.map((b) => `${(b / 1000).toFixed(2)} s`).join(', ')} (goal ≤ 2 s)`);
  console.log(
    `index memory     ${global.gc ? mb(heapAfter - heapBefore) : 'run with --expose-gc'} heap for one engine (goal ≤ 100 MB); process rss ${mb(process.memoryUsage().rss)}`,
  );
  console.log(
    `classify latency p50 ${pct(times, 50).toFixed(2)} ms  p90 ${pct(times, 90).toFixed(2)} ms  p99 ${pct(times, 99).toFixed(2)} ms  max ${times[times.length - 1].toFixed(2)} ms (goal p99 ≤ 5 ms)`,
  );
}

main();
