import type { Dossier, LifeEvent, ProcedureDetail, RatingCriteria } from '../api/types';

export const lifeEvents: LifeEvent[] = [
  {
    id: 'sinh-con',
    title: 'Sinh con',
    description: 'Khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi',
    procedures: [
      { code: '1.001193', name: 'Đăng ký khai sinh', level: 'Cấp xã' },
      { code: '1.004227', name: 'Đăng ký thường trú', level: 'Cấp xã' },
    ],
  },
  {
    id: 'lam-can-cuoc',
    title: 'Làm căn cước',
    description: 'Cấp, cấp đổi, cấp lại thẻ căn cước',
    procedures: [{ code: '1.014064', name: 'Cấp lại thẻ căn cước', level: 'Cấp xã' }],
  },
];

/** Shaped after the catalog's "Cấp lại thẻ căn cước", texts kept as the catalog writes them. */
export function procedureDetail(overrides: Partial<ProcedureDetail> = {}): ProcedureDetail {
  return {
    code: '1.014064',
    name: 'Cấp lại thẻ căn cước',
    level: 'Cấp xã',
    levels: ['Cấp xã'],
    field: 'Cấp, quản lý căn cước',
    agencies: {
      competent: 'Cục cảnh sát quản lý hành chính về trật tự, xã hội',
      implementing: 'Công an cấp Xã',
    },
    address: null,
    channels: [
      {
        kind: 'direct',
        label: 'Trực tiếp',
        processingTime: '7 Ngày làm việc',
        fee: '70,000 Việt Nam Đồng (Cấp lại thẻ căn cước: 70.000 đồng/thẻ)',
        description: '- Trực tiếp tại trụ sở Công an',
      },
      {
        kind: 'online',
        label: 'Trực tuyến',
        processingTime: null,
        fee: null,
        description: null,
      },
    ],
    documents: [
      {
        group: null,
        name: 'Phiếu đề nghị giải quyết thủ tục về căn cước',
        forms: ['Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc'],
        quantity: '1 bản chính',
      },
    ],
    steps: '- Bước 1: Công dân đến Công an cấp xã.\n- Bước 2: Cán bộ thu nhận thông tin.',
    conditions: null,
    legalBases: [
      {
        number: '17/2024/TT-BCA',
        title: 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước',
      },
    ],
    result: { documents: [{ code: 'KQ.G01.000023', name: 'Thẻ căn cước' }] },
    detailUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7',
    ...overrides,
  };
}

export const DOSSIER_CODE = '000.00.12.H41-250301-0001';

export function dossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    code: DOSSIER_CODE,
    procedureCode: '1.014064',
    procedureName: 'Cấp lại thẻ căn cước',
    agency: 'Công an phường Đông Kinh',
    applicant: 'Nguyễn V** A*',
    status: 'processing',
    statusLabel: 'Đang xử lý',
    received: '01/03/2025',
    due: '12/03/2025',
    overdue: false,
    dueSoon: false,
    followable: true,
    following: false,
    rateable: false,
    rating: null,
    ...overrides,
  };
}

export const ratingCriteria: RatingCriteria = {
  levels: [
    { value: 'very_satisfied', label: 'Rất hài lòng' },
    { value: 'satisfied', label: 'Hài lòng' },
    { value: 'dissatisfied', label: 'Không hài lòng' },
  ],
  criteria: [
    {
      id: 'chiso1',
      question: 'Thời gian giải quyết hồ sơ so với ngày hẹn trả?',
      answers: { a: 'Sớm hơn hẹn', b: 'Đúng hẹn', c: 'Trễ hẹn' },
    },
    {
      id: 'chiso7',
      question: 'Thái độ của cán bộ khi hướng dẫn, tiếp nhận và giải quyết hồ sơ?',
      answers: { a: 'Tận tình, chu đáo', b: 'Đúng mực', c: 'Gây phiền hà, nhũng nhiễu' },
    },
  ],
};
