import { INTENTS, type Intent, type IntentPrediction } from '../nlu.types';
import { toMatchForm } from '../text-fold.util';
import { IntentClassifier, type IntentClassifierOptions, type LabelledText } from './intent-classifier';

export interface IntentMetrics {
  intent: Intent;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ConfusedPair {
  expected: Intent;
  predicted: Intent;
  count: number;
  /** A few of the misread examples, to see what the data lacks. */
  examples: string[];
}

export interface CrossValidationReport {
  folds: number;
  examples: number;
  accuracy: number;
  macroF1: number;
  perIntent: IntentMetrics[];
  confused: ConfusedPair[];
  /** Mean confidence of the predictions: close to accuracy when confidence can be trusted. */
  meanConfidence: number;
  /** Accuracy by confidence band: where the dialogue can trust the classifier and where it should ask. */
  calibration: { from: number; to: number; count: number; accuracy: number }[];
  /** Slowest training on one fold, in milliseconds. */
  maxTrainMs: number;
}

export interface CrossValidationOptions extends IntentClassifierOptions {
  folds?: number;
  seed?: number;
}

const BANDS: [number, number][] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 1.01],
];

/** Deterministic PRNG (mulberry32): the same seed gives the same folds on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Stratified folds: each intent's examples spread evenly over the folds. Spellings of one message
 * that differ only in accents ("hài lòng" / "hai long") stay in one fold, or the test would just
 * find its twin in training and measure memory.
 */
export function stratifiedFolds(data: LabelledText[], k: number, seed: number): number[] {
  const rand = random(seed);
  const fold = new Array<number>(data.length).fill(0);
  for (const intent of INTENTS) {
    const groups = new Map<string, number[]>();
    data.forEach((d, i) => {
      if (d.intent !== intent) return;
      const key = toMatchForm(d.text);
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    const shuffled = [...groups.values()];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    shuffled.forEach((members, g) => members.forEach((i) => (fold[i] = g % k)));
  }
  return fold;
}

/** k-fold cross-validation of the whole classify() (rules included) over the examples. */
export function crossValidate(
  data: LabelledText[],
  options: CrossValidationOptions = {},
): CrossValidationReport {
  const k = options.folds ?? 5;
  const fold = stratifiedFolds(data, k, options.seed ?? 20260322);
  const predictions: { expected: Intent; got: IntentPrediction; text: string }[] = [];
  let maxTrainMs = 0;
  for (let f = 0; f < k; f++) {
    const started = process.hrtime.bigint();
    const classifier = new IntentClassifier(
      data.filter((_, i) => fold[i] !== f),
      options,
    );
    maxTrainMs = Math.max(maxTrainMs, Number(process.hrtime.bigint() - started) / 1e6);
    data.forEach((d, i) => {
      if (fold[i] === f)
        predictions.push({ expected: d.intent, got: classifier.classify(d.text), text: d.text });
    });
  }

  const perIntent = INTENTS.map((intent): IntentMetrics => {
    const tp = predictions.filter((p) => p.expected === intent && p.got.intent === intent).length;
    const predicted = predictions.filter((p) => p.got.intent === intent).length;
    const support = predictions.filter((p) => p.expected === intent).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { intent, precision, recall, f1, support };
  });

  const pairs = new Map<string, ConfusedPair>();
  for (const p of predictions) {
    if (p.expected === p.got.intent) continue;
    const key = `${p.expected}>${p.got.intent}`;
    const pair = pairs.get(key) ?? { expected: p.expected, predicted: p.got.intent, count: 0, examples: [] };
    pair.count++;
    if (pair.examples.length < 3) pair.examples.push(p.text);
    pairs.set(key, pair);
  }

  const correct = predictions.filter((p) => p.expected === p.got.intent).length;
  return {
    folds: k,
    examples: data.length,
    accuracy: correct / predictions.length,
    macroF1: perIntent.reduce((s, m) => s + m.f1, 0) / perIntent.length,
    perIntent,
    confused: [...pairs.values()].sort((a, b) => b.count - a.count),
    meanConfidence: predictions.reduce((s, p) => s + p.got.confidence, 0) / predictions.length,
    calibration: BANDS.map(([from, to]) => {
      const band = predictions.filter((p) => p.got.confidence >= from && p.got.confidence < to);
      const right = band.filter((p) => p.expected === p.got.intent).length;
      return { from, to, count: band.length, accuracy: band.length ? right / band.length : 0 };
    }),
    maxTrainMs,
  };
}
