import type { ReplyButton } from '../dialogue.types';

/** What a flow step waits for after its message is shown. */
export type StepExpect = 'text' | 'phone' | 'choice' | 'none';

/** Side effects a step asks the engine to perform; the runner itself stores nothing. */
export type StepAction = 'complaint' | 'handoff';

/** A one-shot answer: a template and optional buttons. */
export interface FaqEntry {
  kind: 'faq';
  id: string;
  triggers: string[];
  template: string;
  buttons: ReplyButton[];
  /** File name (relative to the flows folder) that defines it, for messages to staff. */
  file: string;
}

export interface FlowStep {
  id: string;
  template: string;
  buttons: ReplyButton[];
  expect: StepExpect;
  /** Field that stores the answer (text, normalised phone, or the chosen button's label). */
  save?: string;
  /** The step after this one; for choice steps, a map from choice value to step. */
  next?: string | Readonly<Record<string, string>>;
  action?: StepAction;
  end: boolean;
}

export interface FlowDefinition {
  kind: 'flow';
  id: string;
  triggers: string[];
  start: string;
  steps: ReadonlyMap<string, FlowStep>;
  file: string;
}

export type CatalogEntry = FaqEntry | FlowDefinition;

/** Everything loaded from the flows folder; immutable once built so readers never see a half-reload. */
export interface FlowCatalog {
  faqs: ReadonlyMap<string, FaqEntry>;
  flows: ReadonlyMap<string, FlowDefinition>;
  /** Values staff edit in one place (working hours, reply time…), passed to every template. */
  vars: Readonly<Record<string, string>>;
  /** File that declares each variable, for messages to staff. */
  varFiles: ReadonlyMap<string, string>;
  files: readonly string[];
}

/** One finding for staff: where it is and what to do, in Vietnamese. */
export interface FlowProblem {
  file: string;
  /** "faq gio-lam-viec", "flow phan-anh" — absent for file-level problems. */
  entry?: string;
  /** Dotted path inside the entry ("steps.xac-nhan.next"), when it helps to find the line. */
  path?: string;
  message: string;
}

export interface FlowCheckResult {
  errors: FlowProblem[];
  warnings: FlowProblem[];
}

/** A conversation in progress; the engine persists it per user (JSON-serialisable). */
export interface FlowState {
  flowId: string;
  stepId: string;
  /** Answers saved so far, by field name. */
  data: Record<string, string>;
  /** Failed answers to the current step; reset on every step change. */
  retries?: number;
}

export type FlowEffect =
  { type: 'complaint'; content: string; contact?: string } | { type: 'handoff'; note?: string };

export interface FlowReply {
  templateId: string;
  data: Record<string, unknown>;
  buttons: ReplyButton[];
}

export interface FlowTurn {
  replies: FlowReply[];
  /** The state to store; null when no flow is active any more. */
  state: FlowState | null;
  effects: FlowEffect[];
}

export interface FlowInput {
  text?: string;
  payload?: string;
}

export interface FlowMatch {
  kind: 'faq' | 'flow';
  id: string;
  /** 0–1: how much of the trigger was found and how much of the message it explains. */
  score: number;
  /** The trigger that matched, for logs and tests. */
  trigger: string;
}

/** TemplateService and a Set<string> both fit: only existence is checked. */
export interface TemplateLookup {
  has(name: string): boolean;
}
