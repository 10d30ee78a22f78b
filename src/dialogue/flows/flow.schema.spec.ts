import { parseFlowFile } from './flow.schema';

describe('parseFlowFile', () => {
  it('fills defaults and turns numeric variables into text', () => {
    const { file, issues } = parseFlowFile({
      vars: { nam: 2026 },
      faq: [{ id: 'a', template: 'faq-a' }],
    });
    expect(issues).toEqual([]);
    expect(file).toEqual({
      vars: { nam: '2026' },
      faq: [{ id: 'a', triggers: [], template: 'faq-a', buttons: [] }],
      flows: [],
    });
  });

  it('accepts a step with a branch map and trims labels', () => {
    const { file } = parseFlowFile({
      flows: [
        {
          id: 'f',
          start: 'a',
          steps: {
            a: { template: 't', buttons: [{ label: ' Có ', payload: 'choice:co' }], next: { co: 'b' } },
            b: { template: 't', end: true },
          },
        },
      ],
    });
    expect(file?.flows[0].steps.a.buttons[0].label).toBe('Có');
    expect(file?.flows[0].steps.a.next).toEqual({ co: 'b' });
  });

  it('explains mistakes in Vietnamese with the path', () => {
    const { file, issues } = parseFlowFile({
      vars: { 'Giờ mở': 'x' },
      faq: [{ id: 'a', template: 'faq-a', triggers: 'giờ làm việc' }],
      flows: [{ id: 'f', start: 'a', steps: { a: { template: 't', expect: 'so', end: 'có' } } }],
    });
    expect(file).toBeNull();
    expect(issues).toEqual([
      { path: 'vars.Giờ mở', message: expect.stringContaining('tên không hợp lệ') },
      { path: 'faq.0.triggers', message: 'phải là một danh sách (mỗi mục một dòng bắt đầu bằng "- ")' },
      {
        path: 'flows.0.steps.a.expect',
        message: 'chỉ nhận một trong các giá trị: text, phone, choice, none',
      },
      { path: 'flows.0.steps.a.end', message: 'phải là true hoặc false' },
    ]);
  });

  it('rejects a flow without steps and a file that is not a mapping', () => {
    expect(parseFlowFile({ flows: [{ id: 'f', start: 'a', steps: {} }] }).issues).toEqual([
      { path: 'flows.0.steps', message: 'luồng cần ít nhất một bước' },
    ]);
    expect(parseFlowFile(['a']).issues[0].message).toContain('một nhóm trường');
  });
});
