/**
 * npm run eval:intents — 5-fold stratified cross-validation of the intent classifier over
 * intents/*.yaml: per-intent precision/recall/F1, accuracy, the most confused pairs, training time.
 * Usage: eval:intents [intents-dir]
 */
import { resolve } from 'node:path';
import { fromRoot } from '../../config/paths';
import { IntentClassifier, toLabelledTexts } from '../intent/intent-classifier';
import { crossValidate } from '../intent/intent-cross-validation';
import { loadIntentExamples } from '../intent/intent-examples.loader';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function main(): void {
  const arg = process.argv[2];
  const dir = arg ? resolve(process.env.INIT_CWD ?? process.cwd(), arg) : fromRoot('intents');
  const data = toLabelledTexts(loadIntentExamples(dir));

  const started = process.hrtime.bigint();
  IntentClassifier.fromDirectory(dir);
  const fullTrainMs = Number(process.hrtime.bigint() - started) / 1e6;

  const report = crossValidate(data);
  console.log(`Intent cross-validation: ${report.examples} examples from ${dir}, ${report.folds} folds\n`);
  console.log('intent            precision  recall      F1  support');
  for (const m of report.perIntent) {
    console.log(
      `${m.intent.padEnd(16)} ${pct(m.precision).padStart(10)} ${pct(m.recall).padStart(7)} ${pct(m.f1).padStart(7)} ${String(m.support).padStart(8)}`,
    );
  }
  console.log(`\naccuracy ${pct(report.accuracy)}   macro-F1 ${pct(report.macroF1)}`);
  console.log(`mean confidence ${pct(report.meanConfidence)} (close to accuracy = trustworthy confidence)`);
  for (const b of report.calibration) {
    const band = `${b.from.toFixed(1)}–${Math.min(b.to, 1).toFixed(1)}`;
    console.log(`  confidence ${band}: ${String(b.count).padStart(4)} predictions, ${pct(b.accuracy)} right`);
  }
  console.log(
    `training: ${fullTrainMs.toFixed(0)} ms on all examples (incl. loading), ${report.maxTrainMs.toFixed(0)} ms max per fold`,
  );

  console.log('\nmost confused (expected → predicted):');
  for (const pair of report.confused.slice(0, 10)) {
    console.log(
      `  ${pair.count}× ${pair.expected} → ${pair.predicted}: ${pair.examples.map((e) => JSON.stringify(e)).join(', ')}`,
    );
  }
}

main();
