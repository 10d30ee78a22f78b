import { INTENTS, type Intent } from '../nlu.types';
import { toLabelledTexts, type LabelledText } from './intent-classifier';
import { crossValidate, stratifiedFolds } from './intent-cross-validation';
import { loadIntentExamples } from './intent-examples.loader';
import { fromRoot } from '../../config/paths';

const sample: LabelledText[] = INTENTS.flatMap((intent: Intent) =>
  Array.from({ length: 10 }, (_, i) => ({ text: `${intent} mẫu số ${i}`, intent })),
);

describe('stratifiedFolds', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(stratifiedFolds(sample, 5, 1)).toEqual(stratifiedFolds(sample, 5, 1));
    expect(stratifiedFolds(sample, 5, 1)).not.toEqual(stratifiedFolds(sample, 5, 2));
  });

  it('spreads every intent evenly over the folds', () => {
    const fold = stratifiedFolds(sample, 5, 7);
    for (const intent of INTENTS) {
      const counts = [0, 0, 0, 0, 0];
      sample.forEach((d, i) => d.intent === intent && counts[fold[i]]++);
      expect(counts).toEqual([2, 2, 2, 2, 2]);
    }
  });

  it('keeps spellings that differ only in accents in one fold', () => {
    const data: LabelledText[] = [
      { text: 'hài lòng', intent: 'rating' },
      { text: 'hai long', intent: 'rating' },
      { text: 'Hài Lòng!', intent: 'rating' },
      ...sample,
    ];
    const fold = stratifiedFolds(data, 5, 3);
    expect(new Set([fold[0], fold[1], fold[2]]).size).toBe(1);
  });
});

describe('crossValidate on intents/', () => {
  const report = crossValidate(toLabelledTexts(loadIntentExamples(fromRoot('intents'))));

  it('reports every intent with metrics in range', () => {
    expect(report.perIntent.map((m) => m.intent)).toEqual([...INTENTS]);
    for (const m of report.perIntent) {
      for (const v of [m.precision, m.recall, m.f1]) expect(v).toBeGreaterThanOrEqual(0);
      for (const v of [m.precision, m.recall, m.f1]) expect(v).toBeLessThanOrEqual(1);
    }
    expect(report.calibration.reduce((s, b) => s + b.count, 0)).toBe(report.examples);
  });

  it('does not fall below the measured level (guards the examples and the model)', () => {
    expect(report.accuracy).toBeGreaterThan(0.8);
  });
});
