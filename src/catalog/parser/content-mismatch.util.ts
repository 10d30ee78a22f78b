import type { ParsedDocument, ParsedResultDocument } from './parsed-procedure';
import { containsWord, syllables } from './text-clean.util';
import { canonicalTones, toneVariants } from '../../nlu/tone-placement.util';

/**
 * Detects records whose content describes another procedure than their name. The portal has a
 * few such records of two kinds:
 *
 *  - wrong name: seven Hà Tĩnh records are named "Công bố Danh mục và Quy trình nội bộ thủ tục
 *    hành chính…" (the title of a provincial decision) while result, steps and documents are about
 *    "chế độ trợ cấp … thanh niên xung phong";
 *  - wrong result: the result documents belong to another procedure, e.g. "Xuất khẩu hoặc trao
 *    đổi quốc tế giống vật nuôi…" whose result is "Giảm kiểm tra nhà nước về chất lượng hàng hóa
 *    nhập khẩu có mức độ rủi ro cao".
 *
 * Each verdict needs two independent pieces of evidence, because short or abbreviated contents
 * ("QĐ gia hạn GPXD") legitimately miss many words of long names:
 *  - wrong name: the name's distinctive syllables are mostly absent from result, steps and
 *    documents, and the results are about a multi-word subject the name never mentions;
 *  - wrong result: no result shares a distinctive syllable with the name, and the results'
 *    subject appears neither in the name nor in the steps and documents.
 */

// Syllables occurring in ≥ 3 % of the 2026 catalog's names or result names: procedural
// vocabulary ("cấp giấy chứng nhận đăng ký…") that says nothing about what a procedure is for.
const GENERIC = new Set(
  (
    `an ban bay biển báo bản bảo bổ bộ chi cho chuyển chính chấp chỉ chỉnh chối chủ chức chứng cp cá
  các có công cơ cảng cảnh cấp của diện do doanh dung duyệt dân dịch dụng dữ dự dựng gia giao giá
  giải giấy giới gửi hiện hoạt hoặc hàng hành hóa hạn hải hồ hồi hỗ hộ hợp khai không khẩu kinh
  kiểm kiện kèm ký kết liệu lý lại lập lục miễn mại mẫu nam nghiệp nghị ngoài ngân người nhà nhánh
  nhân nhận nhập nêu nđ nước nội pháp phát phép phê phòng phương phẩm phụ quan quy quyết quyền quả
  quản quốc rõ sung sơ sản số sở sử sửa thay theo thu thuận thuế thuộc thành thác thông thương
  thẩm thời thủ thủy thực tin tiền toàn toán trong trung trên trình trường trả trợ tt ty tài tàu
  tín tư tại tạm tế tỉnh tịch tổ tục từ tử viên việc việt và văn vận vật về vốn với vụ xe xuất xác
  xây xã án điều điện đã đăng đường được đại đất đầu đề để địa định đối đổi động đủ ở
  ` +
    // Function words, dates and legal-reference fragments.
    `vào ra khác sang những bị khi nếu thì là này đó sau trước đến ngày tháng năm ubnd qđ nq
  i ii iii iv v vi vii viii ix x`
  )
    .split(/\s+/)
    .filter((s) => s !== '')
    // Compared with canonical words, so the list must be canonical too ("thủy" → "thuỷ").
    .map(canonicalTones),
);

const MIN_NAME_SYLLABLES = 4;
// Below this there is too little content to judge (about 30 syllables).
const MIN_CONTENT_CHARS = 150;
const MAX_NAME_COVERAGE = 0.35;
const MIN_FOREIGN_SYLLABLES = 4;
const MAX_RESULT_OVERLAP = 0.2;
const MIN_FOREIGN_PHRASES = 3;
/** A result needs this many distinctive syllables before it can be called foreign. */
const MIN_RESULT_SYLLABLES = 3;

export interface MismatchInput {
  name: string;
  results: readonly ParsedResultDocument[];
  steps: string | null;
  documents: readonly ParsedDocument[];
}

export type MismatchKind = 'name' | 'result';

export interface MismatchVerdict {
  mismatch: boolean;
  /** Which part is wrong: the name (content is consistent) or the result documents; null when none. */
  kind: MismatchKind | null;
  /** Share of the name's distinctive syllables found in the content; null when not judged. */
  nameCoverage: number | null;
  /** Share of the results' distinctive syllables found in the name; null when not judged. */
  resultOverlap: number | null;
  /** Distinct two-syllable phrases of the results that the name never mentions. */
  foreignPhrases: string[];
}

const NOT_JUDGED: MismatchVerdict = {
  mismatch: false,
  kind: null,
  nameCoverage: null,
  resultOverlap: null,
  foreignPhrases: [],
};

export function isContentMismatch(input: MismatchInput): boolean {
  return assessContentMismatch(input).mismatch;
}

export function assessContentMismatch(input: MismatchInput): MismatchVerdict {
  // Parenthesised qualifiers ("(thực hiện tại cấp tỉnh)", "(Mẫu số 04/TB-HT)") rarely recur.
  const nameSyllables = words(stripParentheses(input.name));
  const distinctiveName = unique(nameSyllables.filter(isDistinctive));
  if (distinctiveName.length < MIN_NAME_SYLLABLES) return NOT_JUDGED;
  // The big texts stay as they are (already NFC from the parsers, only lower-cased); name and
  // result words are searched in both tone placements instead.
  const stepsAndDocuments = [input.steps ?? '', ...input.documents.map((d) => `${d.group ?? ''} ${d.name}`)]
    .join('\n')
    .toLowerCase();
  const resultSequences = input.results.map((r) => words(stripParentheses(r.name)));
  const resultText = resultSequences.map((seq) => seq.join(' ')).join('\n');
  if (resultText.length + stepsAndDocuments.length < MIN_CONTENT_CHARS) return NOT_JUDGED;
  const inContent = (w: string): boolean =>
    toneVariants(w).some((v) => containsWord(resultText, v) || containsWord(stepsAndDocuments, v));
  const nameCoverage = distinctiveName.filter(inContent).length / distinctiveName.length;

  const nameAll = new Set(words(input.name));
  const distinctiveResult = unique(resultSequences.flat().filter(isDistinctive));
  if (distinctiveResult.length === 0) return { ...NOT_JUDGED, nameCoverage };
  const foreign = new Set(distinctiveResult.filter((s) => !nameAll.has(s)));
  const resultOverlap = 1 - foreign.size / distinctiveResult.length;
  const phrases = new Set<string>();
  for (const seq of resultSequences) {
    for (let i = 0; i + 1 < seq.length; i++) {
      if (foreign.has(seq[i]) && foreign.has(seq[i + 1])) phrases.add(`${seq[i]} ${seq[i + 1]}`);
    }
  }
  const foreignPhrases = [...phrases];

  const wrongName =
    nameCoverage < MAX_NAME_COVERAGE &&
    foreign.size >= MIN_FOREIGN_SYLLABLES &&
    resultOverlap < MAX_RESULT_OVERLAP &&
    foreignPhrases.length >= MIN_FOREIGN_PHRASES;
  const wrongResult =
    !wrongName &&
    resultsAreForeign(resultSequences, nameAll) &&
    foreignPhrases.filter((ph) => !toneVariants(ph).some((v) => stepsAndDocuments.includes(v))).length >=
      MIN_FOREIGN_PHRASES;
  const kind: MismatchKind | null = wrongName ? 'name' : wrongResult ? 'result' : null;
  return { mismatch: kind !== null, kind, nameCoverage, resultOverlap, foreignPhrases };
}

/** True when at least one result is judged and none shares a distinctive syllable with the name. */
function resultsAreForeign(resultSequences: string[][], nameAll: Set<string>): boolean {
  let judged = 0;
  for (const seq of resultSequences) {
    const distinctive = unique(seq.filter(isDistinctive));
    if (distinctive.length < MIN_RESULT_SYLLABLES) continue;
    if (distinctive.some((s) => nameAll.has(s))) return false;
    judged++;
  }
  return judged > 0;
}

function isDistinctive(s: string): boolean {
  return s.length > 1 && !GENERIC.has(s);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

function stripParentheses(text: string): string {
  return text.replace(/\([^()]*\)/g, ' ');
}

function words(text: string): string[] {
  return syllables(text).map(canonicalTones);
}
