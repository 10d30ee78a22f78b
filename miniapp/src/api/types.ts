/** Shapes of the `/api/public/*` responses, as docs/miniapp-api.md describes them. */

export interface PublicConfig {
  oaId: string | null;
  portalUrl: string;
  devIdentity: boolean;
}

export interface ProcedureRef {
  code: string;
  name: string;
  level: string;
}

export interface LifeEvent {
  id: string;
  title: string;
  description: string;
  procedures: ProcedureRef[];
}

export interface ProcedureSummary {
  code: string;
  name: string;
  /** Levels joined for display: "Cấp xã" or "Cấp tỉnh, Cấp xã". */
  level: string;
  levels: string[];
  field: string | null;
}

export interface ProcedurePage {
  items: ProcedureSummary[];
  total: number;
}

export interface ProcedureChannel {
  kind: string;
  label: string;
  /** As the catalog states it; null when it states none. */
  processingTime: string | null;
  /** As the catalog states it ("Miễn phí", "70,000 Việt Nam Đồng …"); null when it states none. */
  fee: string | null;
  description: string | null;
}

export interface ProcedureDocument {
  group: string | null;
  name: string;
  forms: string[];
  quantity: string | null;
}

export interface LegalBasis {
  number: string | null;
  title: string;
}

export interface ProcedureDetail extends ProcedureSummary {
  agencies: { competent: string | null; implementing: string | null };
  address: string | null;
  channels: ProcedureChannel[];
  documents: ProcedureDocument[];
  steps: string | null;
  conditions: string | null;
  legalBases: LegalBasis[];
  result: { documents: { code: string | null; name: string }[] };
  detailUrl: string | null;
}

export type RatingLevel = 'very_satisfied' | 'satisfied' | 'dissatisfied';
export type CriterionAnswer = 'a' | 'b' | 'c';

export interface RatingCriterion {
  id: string;
  question: string;
  answers: Record<CriterionAnswer, string>;
}

export interface RatingCriteria {
  levels: { value: RatingLevel; label: string }[];
  criteria: RatingCriterion[];
}

export interface RatingInput {
  level: RatingLevel;
  criteria?: Record<string, CriterionAnswer>;
  comment?: string;
}

export interface RatingResult {
  rated: true;
  levelLabel: string;
}

export interface Me {
  name: string;
  dev: boolean;
  /** Masked, e.g. "09******78"; null until the citizen links a phone. */
  phone: string | null;
}

export interface DossierHistoryEntry {
  at: string | null;
  label: string;
  text: string | null;
}

/** A dossier as a stranger holding its code may see it; `history` only after the phone check. */
export interface Dossier {
  code: string;
  procedureCode?: string | null;
  procedureName?: string | null;
  agency?: string | null;
  /** Masked: "Nguyễn V*** A*". */
  applicant: string;
  status?: string;
  statusLabel: string;
  /** dd/mm/yyyy or null. */
  received: string | null;
  due: string | null;
  overdue: boolean;
  dueSoon: boolean;
  followable: boolean;
  following?: boolean;
  rateable?: boolean;
  rating?: RatingLevel | null;
  /** In "my dossiers": filed with the citizen's linked phone. */
  mine?: boolean;
  statusText?: string | null;
  history?: DossierHistoryEntry[];
}

/** One waiting notice; several lines of one notice share its id. */
export interface Notice {
  id: number;
  dossierCode: string;
  kind: string;
  text: string;
}
