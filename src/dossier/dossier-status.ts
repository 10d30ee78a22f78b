import { toMatchForm } from '../nlu/text-fold.util';

/** The canonical statuses every provincial vocabulary maps onto. */
export const DOSSIER_STATUSES = [
  'received',
  'processing',
  'supplement_required',
  'financial_obligation',
  'paused',
  'rejected',
  'withdrawn',
  'cancelled',
  'completed',
  'returned',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** What a citizen reads for each status. */
export const STATUS_LABEL: Record<DossierStatus, string> = {
  received: 'Đã tiếp nhận',
  processing: 'Đang xử lý',
  supplement_required: 'Cần bổ sung hồ sơ',
  financial_obligation: 'Chờ thực hiện nghĩa vụ tài chính',
  paused: 'Tạm dừng xử lý',
  rejected: 'Không được tiếp nhận / bị từ chối',
  withdrawn: 'Đã rút hồ sơ',
  cancelled: 'Đã hủy',
  completed: 'Đã có kết quả',
  returned: 'Đã trả kết quả',
};

/**
 * Status texts of real one-stop systems (Thanh Hóa's ten, Bình Dương's iGate seven, and common
 * variants), folded. Longer phrases first: "không được tiếp nhận" before "được tiếp nhận".
 */
const TEXTS: [string, DossierStatus][] = [
  ['khong duoc tiep nhan', 'rejected'],
  ['tu choi chuyen nganh', 'rejected'],
  ['tu choi', 'rejected'],
  ['yeu cau thuc hien nghia vu tai chinh', 'financial_obligation'],
  ['nghia vu tai chinh', 'financial_obligation'],
  ['yeu cau bo sung', 'supplement_required'],
  ['cho bo sung', 'supplement_required'],
  ['bo sung ho so', 'supplement_required'],
  ['cong dan yeu cau rut ho so', 'withdrawn'],
  ['rut ho so', 'withdrawn'],
  ['dung xu ly', 'paused'],
  ['tam dung', 'paused'],
  ['da tra ket qua', 'returned'],
  ['da xu ly xong', 'completed'],
  ['da co ket qua', 'completed'],
  ['cho tra ket qua', 'completed'],
  ['da huy', 'cancelled'],
  ['huy', 'cancelled'],
  ['dang xu ly', 'processing'],
  ['dang giai quyet', 'processing'],
  ['moi dang ky', 'received'],
  ['duoc tiep nhan', 'received'],
  ['cho tiep nhan', 'received'],
  ['moi tiep nhan', 'received'],
  ['da tiep nhan', 'received'],
];

/** A canonical code as is, or a provincial Vietnamese status text; null when unknown. */
export function toCanonicalStatus(value: string): DossierStatus | null {
  const raw = value.trim().toLowerCase();
  if ((DOSSIER_STATUSES as readonly string[]).includes(raw)) return raw as DossierStatus;
  const folded = ` ${toMatchForm(value)} `;
  for (const [text, status] of TEXTS) if (folded.includes(` ${text} `)) return status;
  return null;
}

/** Final statuses: nothing moves a dossier out of them except a newer, explicitly dated update. */
export const FINAL: DossierStatus[] = ['returned', 'cancelled', 'withdrawn', 'rejected'];

/** Rough order of a dossier's life, for updates that carry no time of their own. */
export const RANK: Record<DossierStatus, number> = {
  received: 0,
  processing: 1,
  supplement_required: 1,
  financial_obligation: 1,
  paused: 1,
  completed: 2,
  rejected: 3,
  withdrawn: 3,
  cancelled: 3,
  returned: 3,
};
