import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { toMatchForm } from '../../nlu/text-fold.util';

const scalarText = (node: unknown): string => (isScalar(node) ? String(node.value) : String(node));

/**
 * Edits to the YAML staff also read as files. The `yaml` library keeps comments and layout, so a
 * change made in the workspace exports back as the same file with one entry changed.
 */
const STRINGIFY = { lineWidth: 0 } as const;

function load(text: string): Document {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(doc.errors[0].message);
  return doc;
}

function faqItem(doc: Document, id: string): YAMLMap | undefined {
  const list = doc.get('faq');
  if (!isSeq(list)) return undefined;
  return list.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === id);
}

export function hasFaq(text: string, id: string): boolean {
  return !!faqItem(load(text), id);
}

/** Replaces the trigger phrases of one FAQ entry. */
export function setFaqTriggers(text: string, id: string, triggers: string[]): string {
  const doc = load(text);
  const item = faqItem(doc, id);
  if (!item) throw new Error(`không có FAQ "${id}" trong tệp`);
  item.set('triggers', doc.createNode(triggers));
  return doc.toString(STRINGIFY);
}

/** Appends a new FAQ entry (the file's `faq:` list is created when missing). */
export function addFaq(text: string, entry: { id: string; triggers: string[]; template: string }): string {
  const doc = load(text.trim() ? text : 'faq: []\n');
  let list = doc.get('faq');
  if (!isSeq(list)) {
    doc.set('faq', doc.createNode([]));
    list = doc.get('faq');
  }
  if (isSeq(list)) {
    list.flow = false;
    list.items.push(doc.createNode(entry));
  }
  return doc.toString(STRINGIFY);
}

/** Sets one shared variable (working hours, hotline…) in the file that declares it. */
export function setVar(text: string, name: string, value: string): string {
  const doc = load(text);
  const vars = doc.get('vars');
  if (!isMap(vars) || !vars.has(name)) throw new Error(`không có biến "${name}" trong tệp`);
  vars.set(name, value);
  return doc.toString(STRINGIFY);
}

/**
 * Adds "what citizens say" to the group whose first phrase (the catalog's wording) is `meaning`,
 * or a new group when there is none. Returns the text unchanged when the phrase is already there.
 */
export function addSynonym(text: string, phrase: string, meaning: string): string {
  const doc = load(text.trim() ? text : 'synonyms: []\n');
  let groups = doc.get('synonyms');
  if (!isSeq(groups)) {
    doc.set('synonyms', doc.createNode([]));
    groups = doc.get('synonyms');
  }
  if (!isSeq(groups)) return text;
  const key = toMatchForm(meaning);
  const group = groups.items.find((g) => isSeq(g) && toMatchForm(scalarText(g.items[0])) === key);
  if (isSeq(group)) {
    if (group.items.some((p) => toMatchForm(scalarText(p)) === toMatchForm(phrase))) return text;
    group.items.push(doc.createNode(phrase));
  } else {
    const node = doc.createNode([meaning, phrase]);
    node.flow = true;
    groups.items.push(node);
  }
  return doc.toString(STRINGIFY);
}

/**
 * Adds a way citizens ask for one procedure to `procedures:` under its code (quoted, so YAML keeps
 * "1.004220" a code and not the number 1.00422). Returns the text unchanged when it is there.
 */
export function addProcedurePhrase(text: string, code: string, phrase: string): string {
  const doc = load(text.trim() ? text : 'procedures: {}\n');
  let procedures = doc.get('procedures');
  if (!isMap(procedures)) {
    doc.set('procedures', doc.createNode({}));
    procedures = doc.get('procedures');
  }
  if (!isMap(procedures)) return text;
  procedures.flow = false;
  const phrases = procedures.items.find((pair) => scalarText(pair.key) === code)?.value;
  if (isSeq(phrases)) {
    if (phrases.items.some((p) => toMatchForm(scalarText(p)) === toMatchForm(phrase))) return text;
    phrases.items.push(doc.createNode(phrase));
  } else {
    const key = doc.createNode(code);
    if (isScalar(key)) key.type = 'QUOTE_DOUBLE';
    procedures.add(doc.createPair(key, doc.createNode([phrase])));
  }
  return doc.toString(STRINGIFY);
}
