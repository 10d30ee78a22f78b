import type { ProcedureDetailDto, ProcedureSummaryDto } from './dto/procedure.dto';
import type { Procedure, ProvincialProcedure } from './entities';

export function toSummary(p: Pick<Procedure, 'code' | 'name' | 'levels' | 'field'>): ProcedureSummaryDto {
  return { code: p.code, name: p.name, level: p.levels.join(', '), levels: p.levels, field: p.field };
}

export function toDetail(p: Procedure, provincial: ProvincialProcedure[]): ProcedureDetailDto {
  return {
    ...toSummary(p),
    kind: p.kind,
    decisionNo: p.decisionNo,
    targetGroups: p.targetGroups,
    agencies: {
      competent: p.competentAgency,
      implementing: p.implementingAgency,
      authorized: p.authorizedAgency,
      coordinating: p.coordinatingAgency,
    },
    address: p.address,
    channels: p.channels.map((c) => ({
      kind: c.kind,
      label: c.label,
      processingTime: c.timeText,
      processingTimeValue: c.timeValue,
      processingTimeUnit: c.timeUnit,
      fee: c.feeText,
      feeAmountVnd: c.feeAmountVnd,
      isFree: c.isFree,
      description: c.description,
    })),
    documents: p.documents.map((d) => ({
      group: d.groupName,
      name: d.name,
      forms: d.forms,
      originals: d.originals,
      copies: d.copies,
      quantity: d.quantityText,
    })),
    steps: p.steps,
    conditions: p.conditions,
    legalBases: p.legalBases.map((l) => ({ number: l.number, title: l.title })),
    result: { documents: p.results },
    onlineLevels: provincial.map((r) => ({
      provinceCode: r.provinceCode,
      code: r.code,
      onlineLevel: r.onlineLevel,
      onlineLevelText: r.onlineLevelText,
    })),
    detailUrl: p.detailUrl,
    original: p.original,
    contentMismatch: p.contentMismatch,
  };
}
