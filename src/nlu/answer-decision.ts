import { familyKey } from '../catalog/search/procedure-family';
import type { SearchHit, SearchResult } from '../catalog/search/procedure-search';
import type { Entities, Intent, IntentPrediction } from './nlu.types';

export type AnswerKind = 'procedure' | 'clarify' | 'none';

export interface AnswerDecision {
  /** The intent after combining the classifier with what the catalog search found. */
  finalIntent: Intent;
  answer: AnswerKind;
  /** Best first, at most 5. */
  procedures: string[];
  dossierCodes: string[];
  /** 0..1: how sure the assistant is of `answer` (of the procedure, when it answers one). */
  confidence: number;
}

/**
 * Thresholds on the search evidence. Answering a procedure confidently when it is the wrong one
 * is the worst outcome (a citizen files the wrong papers), so "procedure" needs the message to
 * state most of the procedure's name and to clearly prefer it to the next one; weaker evidence
 * asks the citizen to choose, and no evidence says honestly that the catalog has nothing.
 */
const SURE = { nameCoverage: 0.6, queryCoverage: 0.5, margin: 0.2, score: 8 };
/**
 * A story rarely states a name ("Anh trai tôi định cư ở Úc … xóa tên khỏi hộ khẩu"), yet one
 * procedure can lead every other by far: a lead this large is evidence of its own.
 */
const DECISIVE = { margin: 0.6, queryCoverage: 0.4, score: 12 };
const CLARIFY_MIN_SCORE = 6;
const CLARIFY_MIN_QUERY_COVERAGE = 0.25;
/** Below this share of the message's words in the best name, the "match" is a coincidence. */
const MIN_RELEVANT_COVERAGE = 0.15;
/** Intents whose messages are not questions about a procedure. */
const SOCIAL: Intent[] = [
  'greeting',
  'thanks',
  'goodbye',
  'abuse',
  'out_of_scope',
  'rating',
  'complaint',
  'human_handoff',
];
/** How sure the classifier must be of a social intent to keep it over a catalog match. */
const SOCIAL_OVER_SEARCH = 0.75;

export function decideAnswer(
  intent: IntentPrediction,
  entities: Entities,
  search: SearchResult,
  nameOf: (code: string) => string,
): AnswerDecision {
  const dossierCodes = entities.dossierCodes.map((c) => c.code);
  if (dossierCodes.length > 0) {
    return {
      finalIntent: 'dossier_status',
      answer: 'none',
      procedures: [],
      dossierCodes,
      confidence: intent.confidence,
    };
  }
  const hits = search.hits;
  const top = hits[0];
  // Ranked procedures go out whenever the catalog matched something real, whatever is answered.
  const procedures =
    top && top.queryCoverage >= MIN_RELEVANT_COVERAGE ? hits.slice(0, 5).map((h) => h.code) : [];
  const strongMatch = !!top && top.nameCoverage >= 0.5 && top.queryCoverage >= 0.5;
  const notAboutProcedures = SOCIAL.includes(intent.intent) || intent.intent === 'dossier_status';
  if (notAboutProcedures && (intent.confidence >= SOCIAL_OVER_SEARCH || !top) && !strongMatch) {
    return {
      finalIntent: intent.intent,
      answer: 'none',
      procedures,
      dossierCodes,
      confidence: intent.confidence,
    };
  }
  if (!top || procedures.length === 0) {
    return { finalIntent: 'procedure', answer: 'none', procedures, dossierCodes, confidence: 0.6 };
  }
  const margin = marginOf(top, hits, nameOf);
  const evidence = strength(top, margin);
  // A name limited to a case the message never states ("… ra nước ngoài") is a sibling's at best.
  const statesName =
    top.nameCoverage >= SURE.nameCoverage &&
    top.queryCoverage >= SURE.queryCoverage &&
    margin >= SURE.margin &&
    top.score >= SURE.score &&
    top.unaskedCases === 0;
  const leadsByFar =
    margin >= DECISIVE.margin && top.queryCoverage >= DECISIVE.queryCoverage && top.score >= DECISIVE.score;
  if ((statesName || leadsByFar) && top.missingCases === 0 && !top.slotConflict) {
    return { finalIntent: 'procedure', answer: 'procedure', procedures, dossierCodes, confidence: evidence };
  }
  // A vague message whose every word is in the best names ("giấy phép") deserves a choice too.
  const vagueButMatching = top.queryCoverage >= 0.99;
  if (
    (top.score >= CLARIFY_MIN_SCORE && top.queryCoverage >= CLARIFY_MIN_QUERY_COVERAGE) ||
    vagueButMatching
  ) {
    return { finalIntent: 'procedure', answer: 'clarify', procedures, dossierCodes, confidence: evidence };
  }
  return { finalIntent: 'procedure', answer: 'none', procedures, dossierCodes, confidence: 1 - evidence };
}

/** Relative lead of the best hit over the best hit with a different name (levels share names). */
function marginOf(top: SearchHit, hits: SearchHit[], nameOf: (code: string) => string): number {
  const name = baseName(nameOf(top.code));
  const next = hits.find((h) => baseName(nameOf(h.code)) !== name);
  return next ? (top.score - next.score) / top.score : 1;
}

/** "Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)" and its central twin are one choice for a citizen. */
export const baseName = familyKey;

/** A 0..1 summary of how well the best hit matches: coverage both ways and the lead. */
function strength(top: SearchHit, rawMargin: number): number {
  const margin = Math.min(1, rawMargin / 0.3);
  const score = Math.min(1, top.score / 20);
  return (
    Math.round((0.35 * top.nameCoverage + 0.25 * top.queryCoverage + 0.2 * margin + 0.2 * score) * 1000) /
    1000
  );
}
