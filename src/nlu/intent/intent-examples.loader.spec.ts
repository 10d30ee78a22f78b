import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../../config/paths';
import { INTENTS } from '../nlu.types';
import { toMatchForm } from '../text-fold.util';
import { IntentExamplesError, loadIntentExamples, parseIntentExamples } from './intent-examples.loader';

describe('loadIntentExamples on intents/', () => {
  const sets = loadIntentExamples(fromRoot('intents'));

  it('has one file per intent, named after it', () => {
    expect(sets.map((s) => s.intent).sort()).toEqual([...INTENTS].sort());
    for (const s of sets) expect(s.file).toMatch(new RegExp(`${s.intent}\\.yaml$`));
  });

  // Procedure questions come in the most shapes (a word, a long story, a formal letter): that
  // intent needs more examples than the others, but none should swamp the prior.
  it('has 40–120 examples and a Vietnamese description for each intent', () => {
    for (const s of sets) {
      expect(s.examples.length).toBeGreaterThanOrEqual(40);
      expect(s.examples.length).toBeLessThanOrEqual(120);
      expect(s.description.length).toBeGreaterThan(10);
    }
  });

  it('mixes spellings with and without diacritics in every intent', () => {
    for (const s of sets) {
      const folded = s.examples.filter((e) => toMatchForm(e) === e.toLowerCase().trim());
      expect(folded.length).toBeGreaterThan(2);
      expect(folded.length).toBeLessThan(s.examples.length);
    }
  });
});

describe('loadIntentExamples: validation', () => {
  let dir: string;
  const write = (name: string, text: string): void => writeFileSync(join(dir, name), text);
  /** A valid file for every intent, so each test breaks exactly one thing. */
  const writeAll = (): void => {
    for (const intent of INTENTS)
      write(
        `${intent}.yaml`,
        `intent: ${intent}\ndescription: mô tả ${intent}\nexamples:\n  - "ví dụ ${intent}"\n`,
      );
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'intents-'));
    writeAll();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a valid directory and skips files that are not intent files', () => {
    write('synonyms.yaml', 'abbreviations:\n  cccd: thẻ căn cước\n');
    write('README.md', '# not yaml');
    expect(loadIntentExamples(dir)).toHaveLength(INTENTS.length);
  });

  it('rejects an unknown intent, naming the file', () => {
    write('weather.yaml', 'intent: weather\ndescription: thời tiết\nexamples: ["mưa không"]\n');
    expect(() => loadIntentExamples(dir)).toThrow(/weather\.yaml: unknown intent "weather"/);
  });

  it('rejects empty examples, naming the file', () => {
    write('thanks.yaml', 'intent: thanks\ndescription: cảm ơn\nexamples: []\n');
    expect(() => loadIntentExamples(dir)).toThrow(/thanks\.yaml: intent thanks has no examples/);
  });

  it('rejects a missing examples list', () => {
    write('thanks.yaml', 'intent: thanks\ndescription: cảm ơn\n');
    expect(() => loadIntentExamples(dir)).toThrow(/thanks\.yaml: intent thanks has no examples/);
  });

  it('rejects a blank example', () => {
    write('thanks.yaml', 'intent: thanks\ndescription: cảm ơn\nexamples: ["cảm ơn", "  ", "tks"]\n');
    expect(() => loadIntentExamples(dir)).toThrow(/thanks\.yaml: example #2 of thanks is empty/);
  });

  it('rejects an example that is not text', () => {
    write('thanks.yaml', 'intent: thanks\ndescription: cảm ơn\nexamples: ["cảm ơn", {a: 1}]\n');
    expect(() => loadIntentExamples(dir)).toThrow(/thanks\.yaml: example #2/);
  });

  it('rejects a missing description', () => {
    write('thanks.yaml', 'intent: thanks\nexamples: ["cảm ơn"]\n');
    expect(() => loadIntentExamples(dir)).toThrow(/thanks\.yaml: .*description/);
  });

  it('rejects a file with examples but a misspelt intent key', () => {
    write('thanks.yaml', 'intnet: thanks\ndescription: cảm ơn\nexamples: ["cảm ơn"]\n');
    expect(() => loadIntentExamples(dir)).toThrow(/thanks\.yaml: unknown intent "undefined"/);
  });

  it('rejects invalid YAML, naming the file', () => {
    write('thanks.yaml', 'intent: thanks\nexamples: [unclosed\n');
    expect(() => loadIntentExamples(dir)).toThrow(/thanks\.yaml: not valid YAML/);
  });

  it('rejects a file that is not a mapping', () => {
    write('thanks.yaml', '- cảm ơn\n- tks\n');
    expect(() => loadIntentExamples(dir)).toThrow(/thanks\.yaml: expected a mapping/);
  });

  it('rejects an intent defined twice', () => {
    write('thanks-2.yaml', 'intent: thanks\ndescription: cảm ơn\nexamples: ["tks"]\n');
    expect(() => loadIntentExamples(dir)).toThrow(/intent thanks is already defined in thanks(-2)?\.yaml/);
  });

  it('rejects the same example in two intents, even if only the accents differ', () => {
    write('thanks.yaml', 'intent: thanks\ndescription: cảm ơn\nexamples: ["chào nhé"]\n');
    write('goodbye.yaml', 'intent: goodbye\ndescription: tạm biệt\nexamples: ["chao nhe"]\n');
    expect(() => loadIntentExamples(dir)).toThrow(/"(chào nhé|chao nhe)" is also an example of/);
  });

  it('rejects an exact repeat within a file but keeps accent variants', () => {
    write('thanks.yaml', 'intent: thanks\ndescription: cảm ơn\nexamples: ["cảm ơn", "cam on"]\n');
    expect(() => loadIntentExamples(dir)).not.toThrow();
    write('thanks.yaml', 'intent: thanks\ndescription: cảm ơn\nexamples: ["cảm ơn", "Cảm  ơn"]\n');
    expect(() => loadIntentExamples(dir)).toThrow(/example #2 "Cảm {2}ơn" repeats example #1/);
  });

  it('rejects a directory missing an intent', () => {
    rmSync(join(dir, 'abuse.yaml'));
    expect(() => loadIntentExamples(dir)).toThrow(/no examples for intent\(s\): abuse/);
  });

  it('throws its own error type', () => {
    expect(() => parseIntentExamples('just text', 'x.yaml')).toThrow(IntentExamplesError);
    expect(parseIntentExamples({ abbreviations: {} }, 'synonyms.yaml')).toBeNull();
  });
});
