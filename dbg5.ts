import { readFileSync } from 'node:fs';
import { searchDocumentsFromFile } from './src/catalog/search/seed-documents';
import { NluEngine } from './src/nlu/nlu-engine';
import { familyKey } from './src/catalog/search/procedure-family';
const e = NluEngine.build({ documents: searchDocumentsFromFile('data/catalog.jsonl.gz') });
const name = (c: string) => e.search.document(c)?.name ?? '';
const files = process.argv.slice(2);
for (const f of files) {
  const rows = readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const r of rows) {
    const text = r.text ?? r.question;
    if (r.kind !== 'procedure' || !r.gold?.length) continue;
    const u = e.understand(text);
    const top = u.search.hits[0];
    if (!top) continue;
    const next = u.search.hits.find((h) => familyKey(name(h.code)) !== familyKey(name(top.code)));
    const margin = next ? (top.score - next.score) / top.score : 1;
    const ok = r.gold.includes(top.code);
    if (u.answer === 'procedure' && ok) continue;
    console.log([ok ? 'OK ' : 'BAD', u.answer.padEnd(9), u.finalIntent.padEnd(12), 'nc', top.nameCoverage.toFixed(2), 'qc', top.queryCoverage.toFixed(2), 'm', margin.toFixed(2), 's', top.score.toFixed(1), 'miss', top.missingCases, top.slotConflict ? 'SLOT' : '', top.phraseMatch ? 'PH' : '  ', text.slice(0, 60)].join(' '));
  }
}
