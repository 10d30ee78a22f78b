/** Response shapes of the catalog API (documented in OpenAPI by the controller). */
export interface ProcedureSummaryDto {
  code: string;
  name: string;
  /** Levels joined for display: "Cấp xã" or "Cấp tỉnh, Cấp xã". */
  level: string;
  levels: string[];
  field: string | null;
}

export interface ProcedureChannelDto {
  kind: 'online' | 'postal' | 'direct';
  label: string;
  /** Processing time as the catalog states it; null when it states none. */
  processingTime: string | null;
  processingTimeValue: number | null;
  processingTimeUnit: string | null;
  /** Fee as the catalog states it ("Miễn phí", "50,000 Việt Nam Đồng …"); null when it states none. */
  fee: string | null;
  feeAmountVnd: number | null;
  isFree: boolean;
  description: string | null;
}

export interface ProcedureDetailDto extends ProcedureSummaryDto {
  kind: string | null;
  decisionNo: string | null;
  targetGroups: string[];
  agencies: {
    competent: string | null;
    implementing: string | null;
    authorized: string | null;
    coordinating: string | null;
  };
  address: string | null;
  channels: ProcedureChannelDto[];
  documents: {
    group: string | null;
    name: string;
    forms: string[];
    originals: number | null;
    copies: number | null;
    quantity: string | null;
  }[];
  steps: string | null;
  conditions: string | null;
  legalBases: { number: string | null; title: string }[];
  result: { documents: { name: string; code: string | null }[] };
  onlineLevels: { provinceCode: string; code: string; onlineLevel: string; onlineLevelText: string | null }[];
  detailUrl: string | null;
  /** The export's own text for parts the parser could not structure. */
  original: {
    channels: string | null;
    documents: string | null;
    legalBases: string | null;
    result: string | null;
  };
  /** True when the catalog record's content seems to describe another procedure. */
  contentMismatch: boolean;
}
