import { CANCEL_PAYLOAD } from './flow.constants';

/** What a button payload asks for. */
export type FlowPayload =
  | { kind: 'flow'; flowId: string }
  | { kind: 'faq'; faqId: string }
  | { kind: 'step'; flowId: string; stepId: string }
  | { kind: 'choice'; value: string }
  | { kind: 'cancel' };

const PREFIXED = /^(flow|faq|choice):([^:\s]+)$/;
const STEP = /^step:([^:\s]+):([^:\s]+)$/;

/** Parses payloads owned by flows; null for anything else (the engine's own payloads, junk). */
export function parsePayload(payload: string): FlowPayload | null {
  const p = payload.trim();
  if (p === CANCEL_PAYLOAD) return { kind: 'cancel' };
  const step = p.match(STEP);
  if (step) return { kind: 'step', flowId: step[1], stepId: step[2] };
  const m = p.match(PREFIXED);
  if (!m) return null;
  if (m[1] === 'flow') return { kind: 'flow', flowId: m[2] };
  if (m[1] === 'faq') return { kind: 'faq', faqId: m[2] };
  return { kind: 'choice', value: m[2] };
}

/** True when the flows runner should handle this payload. */
export function isFlowPayload(payload: string | undefined): boolean {
  return payload !== undefined && parsePayload(payload) !== null;
}
