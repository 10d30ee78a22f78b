import { createInterface } from 'node:readline';
import { fromRoot } from '../../config/paths';
import { searchDocumentsFromFile } from '../../catalog/search/seed-documents';
import { NluEngine } from '../nlu-engine';

/**
 * The batch contract used by every evaluation (keep it stable):
 *   npm run --silent classify < in.jsonl > out.jsonl
 * input lines {"id","text"}; output lines {"id","intent","answer","procedures","dossierCodes",
 * "confidence"}, one per input line, in order; nothing else on stdout (diagnostics go to stderr).
 * The catalog comes from CATALOG_SEED_FILE (default data/catalog.jsonl.gz): no database needed.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const engine = NluEngine.build({
    documents: searchDocumentsFromFile(fromRoot(process.env.CATALOG_SEED_FILE ?? 'data/catalog.jsonl.gz')),
  });
  process.stderr.write(`classify: ${engine.search.size} procedures indexed in ${Date.now() - started} ms\n`);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    n++;
    let id: unknown = null;
    let text = '';
    try {
      const input = JSON.parse(line) as { id?: unknown; text?: unknown };
      id = input.id ?? null;
      text = typeof input.text === 'string' ? input.text : '';
    } catch {
      process.stderr.write(`classify: line ${n} is not JSON; answered as empty text\n`);
    }
    const u = engine.understand(text);
    const out = {
      id,
      intent: u.finalIntent,
      answer: u.answer,
      procedures: u.procedures,
      dossierCodes: u.dossierCodes,
      confidence: u.confidence,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  process.stderr.write(`classify: ${n} lines in ${Date.now() - started} ms\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`classify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
