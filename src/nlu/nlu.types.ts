/** The intents the assistant tells apart (intents/*.yaml holds their examples). */
export const INTENTS = [
  'procedure',
  'dossier_status',
  'greeting',
  'thanks',
  'goodbye',
  'rating',
  'complaint',
  'human_handoff',
  'out_of_scope',
  'abuse',
] as const;

export type Intent = (typeof INTENTS)[number];

export interface IntentPrediction {
  intent: Intent;
  /** Probability-like confidence of the chosen intent, 0..1. */
  confidence: number;
  /** Why: 'rule:<name>' when a rule decided, 'classifier' otherwise. */
  source: string;
  /** Every intent's score, summing to 1 (for evaluation and debugging). */
  scores: Record<Intent, number>;
}

/** A dossier code found in a message. */
export interface DossierCodeMatch {
  /** Normalised: upper case, no spaces ("000.00.12.H41-250312-0007"). */
  code: string;
  /** As the citizen typed it. */
  raw: string;
}

/** Something that looks like a dossier code but is not one, with what is wrong in Vietnamese. */
export interface MalformedDossierCode {
  raw: string;
  /** Which part looks wrong, e.g. "phần ngày (250332) không phải ngày hợp lệ". */
  problem: string;
}

export interface Entities {
  dossierCodes: DossierCodeMatch[];
  malformedDossierCodes: MalformedDossierCode[];
  /** Phone numbers, normalised to 0xxxxxxxxx. */
  phones: string[];
  /** Personal identification numbers: 12-digit căn cước, or 9-digit CMND when introduced as such. */
  idNumbers: string[];
}

/** Turns text into the features a classifier sees (injected so the normaliser can evolve). */
export type Tokenizer = (text: string) => string[];
