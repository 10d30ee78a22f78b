/**
 * The contract between the catalog parser (pure functions over one raw record of the national
 * portal export) and the importer (which maps it onto entities). Keys of the raw record are the
 * export's own Vietnamese keys without diacritics.
 */

/** One line of data/dvcqg-2026.jsonl.gz as exported; every value is a string. */
export interface RawCatalogRecord {
  ma_thu_tuc: string;
  ten_thu_tuc: string;
  so_quyet_dinh?: string;
  cap_thuc_hien?: string;
  loai_thu_tuc?: string;
  linh_vuc?: string;
  doi_tuong_thuc_hien?: string;
  co_quan_co_tham_quyen?: string;
  co_quan_thuc_hien?: string;
  co_quan_duoc_uy_quyen?: string;
  co_quan_phoi_hop?: string;
  dia_chi_tiep_nhan?: string;
  thu_tuc_lien_quan?: string;
  trinh_tu_thuc_hien?: string;
  cach_thuc_thuc_hien?: string;
  thanh_phan_ho_so?: string;
  can_cu_phap_ly?: string;
  yeu_cau_dieu_kien?: string;
  ket_qua_xu_ly?: string;
  detail_url?: string;
  raw_text?: string;
  _source_group?: string;
  [key: string]: unknown;
}

export type ChannelKind = 'online' | 'postal' | 'direct';
export type TimeUnit = 'working_day' | 'day' | 'month' | 'year' | 'hour' | 'minute';

/** One row of "Cách thức thực hiện": how to file, how long it takes, what it costs. */
export interface ParsedChannel {
  kind: ChannelKind;
  /** The portal's label: "Trực tuyến", "Dịch vụ bưu chính", "Trực tiếp". */
  label: string;
  /** Processing time as a number, when stated; null when the catalog gives none. */
  timeValue: number | null;
  /** Its unit; null when the catalog lost it (the export often writes a bare "1"). */
  timeUnit: TimeUnit | null;
  /** Human text of the time exactly as the catalog states it ("22 Ngày làm việc", "1"). */
  timeText: string | null;
  /** Fee text as stated ("Miễn phí", "80,000 Việt Nam Đồng (/hồ sơ …)"); null when "Không có thông tin". */
  feeText: string | null;
  /** Amount in đồng when one clear amount is stated; 0 for "Miễn phí"; null otherwise. */
  feeAmountVnd: number | null;
  isFree: boolean;
  /** The free-text "Mô tả" column, cleaned; null when empty. */
  description: string | null;
}

/** One row of "Thành phần hồ sơ". */
export interface ParsedDocument {
  /** Heading the row sits under ("Giấy tờ phải nộp", "Trường hợp ủy quyền…"); null when none. */
  group: string | null;
  name: string;
  /** Form file names or form codes attached to the row ("Mẫu đơn, tờ khai" column). */
  forms: string[];
  originals: number | null;
  copies: number | null;
  /** Quantity exactly as stated ("1 bản chính", "0 bản chính,1 bản sao"). */
  quantityText: string | null;
}

export interface ParsedLegalBasis {
  /** Document number ("123/2015/NĐ-CP"); null when the row has none. */
  number: string | null;
  title: string;
}

export interface ParsedResultDocument {
  name: string;
  /** Result code such as "KQ.G15.000031", when present. */
  code: string | null;
}

export interface ParseWarning {
  field: string;
  message: string;
}

export interface ParsedProcedure {
  code: string;
  name: string;
  decisionNo: string | null;
  /** "Cấp bộ", "Cấp tỉnh", "Cấp xã", "Cơ quan khác": split from the comma list. */
  levels: string[];
  kind: string | null;
  field: string | null;
  targetGroups: string[];
  competentAgency: string | null;
  implementingAgency: string | null;
  authorizedAgency: string | null;
  coordinatingAgency: string | null;
  address: string | null;
  steps: string | null;
  conditions: string | null;
  relatedProcedures: string | null;
  detailUrl: string | null;
  sourceGroup: string | null;
  channels: ParsedChannel[];
  documents: ParsedDocument[];
  legalBases: ParsedLegalBasis[];
  results: ParsedResultDocument[];
  /** Original texts kept for what the parser could not structure. */
  original: {
    channels: string | null;
    documents: string | null;
    legalBases: string | null;
    result: string | null;
  };
  /** True when the record's content does not match its name (the export has such records). */
  contentMismatch: boolean;
  warnings: ParseWarning[];
}

/** A record the importer must reject, with the reason shown in the import report. */
export interface RejectedRecord {
  reason: string;
}
