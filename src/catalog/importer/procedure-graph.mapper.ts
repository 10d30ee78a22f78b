import { createHash } from 'node:crypto';
import { toMatchForm } from '../../nlu/text-fold.util';
import type { ProcedureGraph } from '../catalog.repository';
import type { ParsedProcedure } from '../parser/parsed-procedure';

/**
 * Bumped whenever the parser's output changes, so a re-import updates records whose source
 * text did not change but whose parsed form did.
 */
export const PARSER_VERSION = 1;

export function sourceHash(sourceLine: string): string {
  return createHash('sha256').update(`${PARSER_VERSION}\n${sourceLine}`).digest('hex');
}

export function toGraph(parsed: ParsedProcedure, hash: string): ProcedureGraph {
  const code = parsed.code;
  return {
    procedure: {
      code,
      name: parsed.name,
      nameFolded: toMatchForm(parsed.name),
      decisionNo: parsed.decisionNo,
      levels: parsed.levels,
      kind: parsed.kind,
      field: parsed.field,
      targetGroups: parsed.targetGroups,
      competentAgency: parsed.competentAgency,
      implementingAgency: parsed.implementingAgency,
      authorizedAgency: parsed.authorizedAgency,
      coordinatingAgency: parsed.coordinatingAgency,
      address: parsed.address,
      steps: parsed.steps,
      conditions: parsed.conditions,
      relatedProcedures: parsed.relatedProcedures,
      results: parsed.results,
      detailUrl: parsed.detailUrl,
      sourceGroup: parsed.sourceGroup,
      original: parsed.original,
      contentMismatch: parsed.contentMismatch,
      parseWarnings: parsed.warnings,
      sourceHash: hash,
    },
    channels: parsed.channels.map((c, position) => ({ procedureCode: code, position, ...c })),
    documents: parsed.documents.map((d, position) => ({
      procedureCode: code,
      position,
      groupName: d.group,
      name: d.name,
      forms: d.forms,
      originals: d.originals,
      copies: d.copies,
      quantityText: d.quantityText,
    })),
    legalBases: parsed.legalBases.map((l, position) => ({ procedureCode: code, position, ...l })),
  };
}
