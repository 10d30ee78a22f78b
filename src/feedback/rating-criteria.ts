/**
 * The Thông tư 01/2018/TT-VPCP indicators a citizen can answer about their own dossier, asked in
 * plain words. Answers a/b/c score 2/1/0 as in the circular; the others (publication of procedures,
 * the one-stop model, online-service coverage) are judged by inspectors, not asked of citizens.
 */
export interface RatingCriterion {
  id: string;
  question: string;
  answers: { a: string; b: string; c: string };
}

export const RATING_CRITERIA: RatingCriterion[] = [
  {
    id: 'chiso1',
    question: 'Thời gian giải quyết hồ sơ so với ngày hẹn trả?',
    answers: { a: 'Sớm hơn hẹn', b: 'Đúng hẹn', c: 'Trễ hẹn' },
  },
  {
    id: 'chiso3',
    question: 'Bạn phải liên hệ nơi tiếp nhận mấy lần để hoàn thiện hồ sơ?',
    answers: { a: 'Không lần nào', b: 'Một lần', c: 'Hơn một lần' },
  },
  {
    id: 'chiso4',
    question: 'Bạn phải liên hệ bao nhiêu cơ quan, đơn vị để hoàn thiện hồ sơ?',
    answers: { a: 'Không phải liên hệ', b: 'Chỉ Bộ phận Một cửa', c: 'Nhiều cơ quan' },
  },
  {
    id: 'chiso7',
    question: 'Thái độ của cán bộ khi hướng dẫn, tiếp nhận và giải quyết hồ sơ?',
    answers: { a: 'Tận tình, chu đáo', b: 'Đúng mực', c: 'Gây phiền hà, nhũng nhiễu' },
  },
];

export function criterionById(id: string): RatingCriterion | undefined {
  return RATING_CRITERIA.find((c) => c.id === id);
}
