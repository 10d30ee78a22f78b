import { FIXTURE_TEMPLATES, removeFlowDir, VALID_FLOWS, writeFlowDir } from './flow.fixture';
import { validateFlows } from './flow-validator';
import type { FlowProblem } from './flow.types';

const dirs: string[] = [];
function check(files: Record<string, string>, sources?: ReadonlyMap<string, string>) {
  const dir = writeFlowDir(files);
  dirs.push(dir);
  return validateFlows(dir, FIXTURE_TEMPLATES, sources);
}
afterAll(() => dirs.forEach(removeFlowDir));

/** One line per problem; the "no help FAQ" warning every small fixture triggers is left out. */
const messages = (problems: FlowProblem[]): string[] =>
  problems
    .map((p) => [p.file, p.entry, p.path, p.message].filter(Boolean).join(' | '))
    .filter((m) => !m.includes('chưa có FAQ "tro-giup"'));

/** A one-flow file whose steps are given as YAML lines (indented under "steps:"). */
const flowFile = (steps: string, start = 'a'): string => `
flows:
  - id: luong
    triggers: [thử luồng]
    start: ${start}
    steps:
${steps}`;

describe('validateFlows', () => {
  it('accepts a valid folder', () => {
    const result = check({ 'a.yaml': VALID_FLOWS });
    expect(result.errors).toEqual([]);
    expect(messages(result.warnings)).toEqual([]);
  });

  it('warns when there is no help FAQ to offer after a cancel', () => {
    expect(check({ 'a.yaml': VALID_FLOWS }).warnings).toEqual([
      {
        file: 'flows',
        message: 'chưa có FAQ "tro-giup": sau khi hủy, người dân không được gợi ý nút Trợ giúp',
      },
    ]);
  });

  it('reports YAML syntax errors with the file and the line', () => {
    const { errors } = check({ 'hong.yaml': 'faq:\n  - id: a\n   template: x\n' });
    expect(messages(errors)).toEqual([expect.stringMatching(/^hong\.yaml \| lỗi cú pháp YAML ở dòng 3/)]);
  });

  it('reports schema errors with file, entry and path, in Vietnamese', () => {
    const { errors } = check({
      'x.yaml':
        'faq:\n  - id: gio-lam\n    triggers: [a]\n    tempalte: faq-a\n  - id: Sai Ma\n    template: faq-a\n',
    });
    expect(messages(errors)).toEqual(
      expect.arrayContaining([
        'x.yaml | FAQ "gio-lam" | template | thiếu trường bắt buộc',
        'x.yaml | FAQ "gio-lam" | trường không được hỗ trợ: "tempalte" (viết sai tên trường?)',
        expect.stringContaining('x.yaml | FAQ "Sai Ma" | id | chỉ dùng chữ thường không dấu'),
      ]),
    );
  });

  it('reports unknown templates', () => {
    const { errors } = check({ 'a.yaml': 'faq:\n  - id: a\n    triggers: [x y]\n    template: khong-co\n' });
    expect(messages(errors)).toEqual([
      'a.yaml | FAQ "a" | template | không có mẫu "khong-co" (cần tệp templates/vi/khong-co.hbs)',
    ]);
  });

  it('reports next pointing to a missing step', () => {
    const { errors } = check({
      'a.yaml': flowFile('      a: { template: step-a, next: b }\n      c: { template: step-c, end: true }'),
    });
    expect(messages(errors)).toContain(
      'a.yaml | luồng "luong" | steps.a.next | next trỏ tới bước "b" không có trong luồng',
    );
  });

  it('reports a missing start step', () => {
    const { errors } = check({ 'a.yaml': flowFile('      a: { template: step-a, end: true }', 'z') });
    expect(messages(errors)).toContain(
      'a.yaml | luồng "luong" | start | start trỏ tới bước "z" không có trong luồng',
    );
  });

  it('warns about unreachable steps', () => {
    const { errors, warnings } = check({
      'a.yaml': flowFile(
        '      a: { template: step-a, end: true }\n      mo-coi: { template: step-b, end: true }',
      ),
    });
    expect(errors).toEqual([]);
    expect(messages(warnings)).toEqual([
      'a.yaml | luồng "luong" | steps.mo-coi | bước "mo-coi" không thể tới được từ bước bắt đầu "a"',
    ]);
  });

  it('reports flows without an end and steps that lead nowhere', () => {
    const { errors } = check({
      'a.yaml': flowFile(
        '      a: { template: step-a, next: b }\n      b: { template: step-b, expect: text, save: x, next: a }',
      ),
    });
    expect(messages(errors)).toEqual([
      'a.yaml | luồng "luong" | luồng không có bước kết thúc (end: true) nào tới được từ bước bắt đầu',
    ]);
    const dead = check({ 'a.yaml': flowFile('      a: { template: step-a }') });
    expect(messages(dead.errors)).toContain(
      'a.yaml | luồng "luong" | steps.a | bước không có next cũng không có end: true; luồng sẽ dừng giữa chừng',
    );
  });

  it('reports steps that pass on to each other forever', () => {
    const { errors } = check({
      'a.yaml': flowFile(
        '      a: { template: step-a, next: b }\n      b: { template: step-b, next: a }\n' +
          '      c: { template: step-c, end: true }',
      ),
    });
    expect(messages(errors)).toContain(
      'a.yaml | luồng "luong" | steps.a | các bước a → b → a tự chuyển tiếp nhau thành vòng lặp',
    );
  });

  it('reports duplicate ids across files, naming both files', () => {
    const faq = 'faq:\n  - id: trung\n    triggers: [__T__]\n    template: faq-a\n';
    const { errors } = check({
      'a.yaml': faq.replace('__T__', 'một'),
      'b.yaml': faq.replace('__T__', 'hai'),
    });
    expect(messages(errors)).toEqual([
      'b.yaml | FAQ "trung" | mã "trung" đã dùng cho FAQ "trung" trong tệp a.yaml; mỗi mục cần một mã riêng',
    ]);
  });

  it('reports the same trigger in two entries, with or without diacritics', () => {
    const { errors } = check({
      'a.yaml': 'faq:\n  - id: a\n    triggers: [Giờ làm việc]\n    template: faq-a\n',
      'b.yaml': 'faq:\n  - id: b\n    triggers: [gio lam viec]\n    template: faq-b\n',
    });
    expect(messages(errors)).toEqual([
      'b.yaml | FAQ "b" | triggers.0 | câu kích hoạt "gio lam viec" trùng với FAQ "a" trong tệp a.yaml',
    ]);
  });

  it('reports buttons whose payload points nowhere', () => {
    const { errors } = check({
      'a.yaml': `
faq:
  - id: a
    triggers: [x y]
    template: faq-a
    buttons:
      - { label: Một, payload: "faq:khong-co" }
      - { label: Hai, payload: "flow:khong-co" }
      - { label: Ba, payload: "step:luong:khong-co" }
      - { label: Bốn, payload: "bay:ba" }
      - { label: Năm, payload: "choice:co" }
${flowFile('      a: { template: step-a, end: true }').trim()}
`,
    });
    expect(messages(errors)).toEqual([
      'a.yaml | FAQ "a" | buttons.0 | nút "Một" trỏ tới FAQ "khong-co" không tồn tại',
      'a.yaml | FAQ "a" | buttons.1 | nút "Hai" trỏ tới luồng "khong-co" không tồn tại',
      'a.yaml | FAQ "a" | buttons.2 | nút "Ba" trỏ tới bước "khong-co" không có trong luồng "luong"',
      expect.stringContaining(
        'a.yaml | FAQ "a" | buttons.3.payload | nút "Bốn": payload "bay:ba" không hợp lệ',
      ),
      'a.yaml | FAQ "a" | buttons.4 | nút "Năm": nút choice: chỉ dùng trong một bước của luồng',
    ]);
  });

  it('reports a choice button with no step to go to', () => {
    const { errors } = check({
      'a.yaml': flowFile(
        '      a:\n        template: step-a\n        buttons: [{ label: Có, payload: "choice:co" }, { label: Lạ, payload: "choice:la" }]\n' +
          '        next: { co: b }\n      b: { template: step-b, end: true }',
      ),
    });
    expect(messages(errors)).toEqual([
      'a.yaml | luồng "luong" | steps.a.buttons.1 | nút "Lạ": lựa chọn "la" chưa có bước tiếp theo trong next',
    ]);
  });

  it('reports a complaint action with nothing saved as its content', () => {
    const { errors } = check({
      'a.yaml': flowFile('      a: { template: step-a, action: complaint, end: true }'),
    });
    expect(messages(errors)).toEqual([
      'a.yaml | luồng "luong" | steps.a.action | action complaint cần một bước lưu nội dung vào trường "noi_dung"',
    ]);
  });

  it('reports missing system templates', () => {
    const dir = writeFlowDir({ 'a.yaml': VALID_FLOWS });
    dirs.push(dir);
    const { errors } = validateFlows(dir, new Set(['faq-a', 'step-a', 'step-b', 'step-c']));
    expect(messages(errors)).toContain(
      'templates/vi | thiếu mẫu hệ thống "flow-chon-lai" (templates/vi/flow-chon-lai.hbs) mà luồng cần dùng',
    );
  });

  it('warns about template variables nothing provides and variables nobody reads', () => {
    const sources = new Map([
      ['faq-a', 'Giờ: {{gio}} {{gio_sai}}'],
      ['step-a', '{{#each items}}{{label}}{{/each}}'],
      ['step-b', 'x'],
      ['step-c', 'Đã gửi {{noi_dung}} {{reference}}'],
    ]);
    const { warnings } = check(
      { 'a.yaml': VALID_FLOWS.replace('  gio: "8h – 17h"', '  gio: "8h"\n  thua: "x"') },
      sources,
    );
    expect(messages(warnings)).toEqual([
      'a.yaml | FAQ "cau-a" | template | mẫu "faq-a" dùng {{gio_sai}} nhưng không có biến "gio_sai" trong vars; chỗ đó sẽ để trống',
      'a.yaml | luồng "luong-a" | steps.hoi.template | mẫu "step-a" dùng {{items}} nhưng không có biến "items" trong vars; chỗ đó sẽ để trống',
      'a.yaml | vars.thua | biến "thua" không được mẫu nào dùng',
    ]);
  });

  it('reports a missing folder instead of throwing', () => {
    expect(validateFlows('/khong/co/thu-muc', FIXTURE_TEMPLATES).errors).toEqual([
      { file: '/khong/co/thu-muc', message: 'không tìm thấy thư mục flows' },
    ]);
  });
});
