import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { toMatchForm } from '../text-fold.util';
import { INTENTS, type Intent } from '../nlu.types';

/** One intents/<name>.yaml: the examples staff wrote for an intent. */
export interface IntentExamples {
  intent: Intent;
  description: string;
  examples: string[];
  /** The file it came from, for error messages and reports. */
  file: string;
}

export class IntentExamplesError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'IntentExamplesError';
  }
}

const KNOWN = new Set<string>(INTENTS);

function isIntent(value: unknown): value is Intent {
  return typeof value === 'string' && KNOWN.has(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates one parsed YAML document. Returns null for a file that is not an intent file at all
 * (intents/ also holds synonyms.yaml and may hold other lists): such a file has neither `intent`
 * nor `examples`. A file with either key is held to the full shape, so a typo cannot hide an intent.
 */
export function parseIntentExamples(doc: unknown, file: string): IntentExamples | null {
  if (!isRecord(doc))
    throw new IntentExamplesError(file, 'expected a mapping with intent, description, examples');
  if (!('intent' in doc) && !('examples' in doc)) return null;
  const { intent, description, examples } = doc;
  if (!isIntent(intent)) {
    throw new IntentExamplesError(file, `unknown intent "${String(intent)}" (known: ${INTENTS.join(', ')})`);
  }
  if (typeof description !== 'string' || description.trim() === '') {
    throw new IntentExamplesError(file, `intent ${intent} needs a one-line description`);
  }
  if (!Array.isArray(examples) || examples.length === 0) {
    throw new IntentExamplesError(file, `intent ${intent} has no examples`);
  }
  const seen = new Map<string, number>();
  examples.forEach((example: unknown, i) => {
    if (typeof example !== 'string' || toMatchForm(example) === '') {
      throw new IntentExamplesError(file, `example #${i + 1} of ${intent} is empty or not text`);
    }
    // Within a file the accented and unaccented spellings of one message are both wanted (citizens
    // type either), so only the exact same text counts as a repeat.
    const key = example.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    const first = seen.get(key);
    if (first !== undefined) {
      throw new IntentExamplesError(file, `example #${i + 1} "${example}" repeats example #${first + 1}`);
    }
    seen.set(key, i);
  });
  return { intent, description: description.trim(), examples: examples as string[], file };
}

/**
 * Loads every intent file in a directory and checks the set as a whole: each intent exactly once,
 * and no example claimed by two intents (the classifier could not learn both).
 */
export function loadIntentExamples(dir: string): IntentExamples[] {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort();
  const sets: IntentExamples[] = [];
  for (const name of files) {
    const file = join(dir, name);
    let doc: unknown;
    try {
      doc = load(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new IntentExamplesError(file, `not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    }
    const set = parseIntentExamples(doc, file);
    if (set) sets.push(set);
  }
  checkSet(sets, dir);
  return sets;
}

function checkSet(sets: IntentExamples[], dir: string): void {
  const byIntent = new Map<Intent, string>();
  const owner = new Map<string, IntentExamples>();
  for (const set of sets) {
    const other = byIntent.get(set.intent);
    if (other)
      throw new IntentExamplesError(
        set.file,
        `intent ${set.intent} is already defined in ${basename(other)}`,
      );
    byIntent.set(set.intent, set.file);
    for (const example of set.examples) {
      // Across intents even spellings that differ only in accents conflict: folded, they are one input.
      const key = toMatchForm(example);
      const prev = owner.get(key);
      if (prev && prev !== set) {
        throw new IntentExamplesError(
          set.file,
          `example "${example}" is also an example of ${prev.intent} in ${basename(prev.file)}`,
        );
      }
      owner.set(key, set);
    }
  }
  const missing = INTENTS.filter((i) => !byIntent.has(i));
  if (missing.length > 0)
    throw new IntentExamplesError(dir, `no examples for intent(s): ${missing.join(', ')}`);
}
