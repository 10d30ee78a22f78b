import { fromRoot } from '../../config/paths';
import { catalogFromYaml } from './flow.fixture';
import { loadFlowCatalog } from './flow-loader';
import { FlowMatcher } from './flow-matcher';
import { FlowRunner } from './flow-runner';
import type { FlowDefinition, FlowState, FlowTurn } from './flow.types';

const seed = loadFlowCatalog(fromRoot('flows'));
const runner = new FlowRunner(seed, new FlowMatcher(seed));
const templates = (turn: FlowTurn): string[] => turn.replies.map((r) => r.templateId);
const stateOf = (turn: FlowTurn): FlowState => {
  if (!turn.state) throw new Error(`flow ended early: ${templates(turn).join(', ')}`);
  return turn.state;
};

/** Answers each waiting step the obvious way (first choice button) until the flow ends. */
function walk(flow: FlowDefinition): { visited: string[]; last: FlowTurn } {
  let turn = runner.start(flow.id);
  const visited = [flow.start];
  for (let i = 0; turn.state && i < 30; i++) {
    const step = flow.steps.get(turn.state.stepId)!;
    const choice = step.buttons.find((b) => b.payload.startsWith('choice:'));
    const input =
      step.expect === 'phone'
        ? { text: '0912 345 678' }
        : step.expect === 'choice'
          ? { payload: (choice ?? step.buttons[0]).payload }
          : { text: 'Nội dung thử nghiệm' };
    turn = runner.continue(turn.state, input);
    if (turn.state) visited.push(turn.state.stepId);
  }
  return { visited, last: turn };
}

describe('FlowRunner on the seed flows', () => {
  it.each([...seed.flows.keys()])('walks flow %s to its end', (id) => {
    const flow = seed.flows.get(id)!;
    const { last } = walk(flow);
    expect(last.state).toBeNull();
    const endTemplates = [...flow.steps.values()].filter((s) => s.end).map((s) => s.template);
    expect(endTemplates).toContain(last.replies[last.replies.length - 1].templateId);
  });

  it.each([...seed.faqs.keys()])('answers FAQ %s with its template, variables and buttons', (id) => {
    const turn = runner.answerFaq(id);
    expect(turn.state).toBeNull();
    expect(turn.replies).toEqual([
      {
        templateId: seed.faqs.get(id)!.template,
        data: { ...seed.vars },
        buttons: seed.faqs.get(id)!.buttons,
      },
    ]);
  });

  it('collects a complaint with a phone number after consent and emits it once', () => {
    let turn = runner.start('phan-anh');
    expect(templates(turn)).toEqual(['flow-phan-anh-noi-dung']);
    turn = runner.continue(stateOf(turn), { text: '  Cán bộ   hẹn 3 lần vẫn chưa trả kết quả ' });
    expect(templates(turn)).toEqual(['flow-phan-anh-hoi-lien-he']);
    turn = runner.continue(stateOf(turn), { payload: 'choice:co' });
    turn = runner.continue(stateOf(turn), { text: 'số của tôi là +84 912.345.678 ạ' });
    expect(templates(turn)).toEqual(['flow-phan-anh-xac-nhan']);
    expect(turn.replies[0].data).toMatchObject({
      noi_dung: 'Cán bộ hẹn 3 lần vẫn chưa trả kết quả',
      so_dien_thoai: '0912345678',
    });
    expect(turn.effects).toEqual([]);
    turn = runner.continue(stateOf(turn), { text: 'gửi' });
    expect(templates(turn)).toEqual(['flow-phan-anh-da-gui']);
    expect(turn.state).toBeNull();
    expect(turn.effects).toEqual([
      { type: 'complaint', content: 'Cán bộ hẹn 3 lần vẫn chưa trả kết quả', contact: '0912345678' },
    ]);
  });

  it('sends a complaint without a phone when the citizen declines, and lets them rewrite it', () => {
    let turn = runner.start('phan-anh');
    turn = runner.continue(stateOf(turn), { text: 'Phòng chờ quá nóng' });
    turn = runner.continue(stateOf(turn), { text: 'không' });
    expect(templates(turn)).toEqual(['flow-phan-anh-xac-nhan']);
    turn = runner.continue(stateOf(turn), { text: '2' }); // "Sửa nội dung" by its number
    expect(templates(turn)).toEqual(['flow-phan-anh-sua']);
    turn = runner.continue(stateOf(turn), { text: 'Phòng chờ không có quạt' });
    turn = runner.continue(stateOf(turn), { payload: 'choice:gui' });
    expect(turn.effects).toEqual([{ type: 'complaint', content: 'Phòng chờ không có quạt' }]);
  });

  it('skips the phone with the step button and keeps the content', () => {
    let turn = runner.start('phan-anh');
    turn = runner.continue(stateOf(turn), { text: 'Nội dung' });
    turn = runner.continue(stateOf(turn), { text: '1' });
    expect(templates(turn)).toEqual(['flow-phan-anh-so-dien-thoai']);
    turn = runner.continue(stateOf(turn), { payload: 'step:phan-anh:xac-nhan' });
    expect(stateOf(turn)).toEqual({ flowId: 'phan-anh', stepId: 'xac-nhan', data: { noi_dung: 'Nội dung' } });
  });

  it('asks again for a bad phone number, then stops after three tries', () => {
    const asking: FlowState = { flowId: 'phan-anh', stepId: 'so-dien-thoai', data: { noi_dung: 'x' } };
    let turn = runner.continue(asking, { text: '12345' });
    expect(templates(turn)).toEqual(['flow-sdt-sai']);
    expect(turn.replies[0].buttons).toEqual([
      { label: 'Không để lại số', payload: 'step:phan-anh:xac-nhan' },
    ]);
    expect(stateOf(turn)).toEqual({ ...asking, retries: 1 });
    turn = runner.continue(stateOf(turn), { text: '0123 456 789' }); // not a Vietnamese prefix
    expect(stateOf(turn).retries).toBe(2);
    turn = runner.continue(stateOf(turn), { text: '091234' });
    expect(templates(turn)).toEqual(['flow-tam-dung']);
    expect(turn.state).toBeNull();
    expect(turn.replies[0].buttons).toEqual([
      { label: 'Làm lại bước này', payload: 'step:phan-anh:so-dien-thoai' },
      { label: 'Trợ giúp', payload: 'faq:tro-giup' },
    ]);
  });

  it('lists the options with numbers when a choice is unclear', () => {
    const state: FlowState = { flowId: 'phan-anh', stepId: 'xac-nhan', data: { noi_dung: 'x' } };
    const turn = runner.continue(state, { text: 'để tôi nghĩ đã' });
    expect(templates(turn)).toEqual(['flow-chon-lai']);
    expect(turn.replies[0].data.options).toEqual([
      { number: 1, label: 'Gửi phản ánh' },
      { number: 2, label: 'Sửa nội dung' },
      { number: 3, label: 'Hủy' },
    ]);
    expect(stateOf(turn).stepId).toBe('xac-nhan');
    expect(templates(runner.continue(state, { text: '9' }))).toEqual(['flow-chon-lai']);
    expect(templates(runner.continue(state, { payload: 'choice:khong-co' }))).toEqual(['flow-chon-lai']);
  });

  it.each(['hủy', 'Huỷ', '/huy', 'thôi ạ', 'thoi khong can nua', 'dừng lại nhé'])(
    'cancels on "%s"',
    (text) => {
      const state: FlowState = { flowId: 'phan-anh', stepId: 'noi-dung', data: {} };
      const turn = runner.continue(state, { text });
      expect(turn).toEqual({
        replies: [
          {
            templateId: 'flow-da-huy',
            data: { ...seed.vars },
            buttons: [{ label: 'Trợ giúp', payload: 'faq:tro-giup' }],
          },
        ],
        state: null,
        effects: [],
      });
    },
  );

  it('cancels with the Hủy button and keeps "thôi việc" as complaint content', () => {
    const state: FlowState = { flowId: 'phan-anh', stepId: 'xac-nhan', data: { noi_dung: 'x' } };
    expect(templates(runner.continue(state, { payload: 'huy' }))).toEqual(['flow-da-huy']);
    const writing: FlowState = { flowId: 'phan-anh', stepId: 'noi-dung', data: {} };
    expect(stateOf(runner.continue(writing, { text: 'thôi việc rồi mà chưa chốt sổ' })).data.noi_dung).toBe(
      'thôi việc rồi mà chưa chốt sổ',
    );
  });

  it('asks again for an empty text answer', () => {
    const state: FlowState = { flowId: 'phan-anh', stepId: 'noi-dung', data: {} };
    expect(templates(runner.continue(state, { text: '👍' }))).toEqual(['flow-nhap-lai']);
  });

  it('hands off with or without a note', () => {
    let turn = runner.start('gap-can-bo');
    turn = runner.continue(stateOf(turn), { text: 'Hỏi về hồ sơ đất đai' });
    expect(turn.effects).toEqual([{ type: 'handoff', note: 'Hỏi về hồ sơ đất đai' }]);
    expect(templates(turn)).toEqual(['flow-gap-can-bo-da-chuyen']);
    const skipped = runner.continue(stateOf(runner.start('gap-can-bo')), {
      payload: 'step:gap-can-bo:chuyen',
    });
    expect(skipped.effects).toEqual([{ type: 'handoff' }]);
  });

  it('leaves a choice for another topic the citizen types', () => {
    const state: FlowState = { flowId: 'phan-anh', stepId: 'hoi-lien-he', data: { noi_dung: 'x' } };
    const turn = runner.continue(state, { text: 'mấy giờ phường mở cửa' });
    expect(templates(turn)).toEqual(['faq-gio-lam-viec']);
    expect(turn.state).toBeNull();
  });

  it('follows flow and FAQ buttons from inside a flow, and opens buttons outside one', () => {
    const state: FlowState = { flowId: 'phan-anh', stepId: 'noi-dung', data: {} };
    expect(templates(runner.continue(state, { payload: 'faq:gio-lam-viec' }))).toEqual(['faq-gio-lam-viec']);
    expect(stateOf(runner.continue(state, { payload: 'flow:gap-can-bo' })).flowId).toBe('gap-can-bo');
    expect(templates(runner.open('faq:tra-cuu-ho-so')!)).toEqual(['faq-tra-cuu-ho-so']);
    expect(stateOf(runner.open('flow:phan-anh')!).stepId).toBe('noi-dung');
    expect(templates(runner.open('choice:gui')!)).toEqual(['flow-het-hieu-luc']); // button of an ended flow
    expect(runner.open('procedure:1.001193')).toBeNull();
  });

  it('ends politely when the flow changed under a conversation', () => {
    for (const state of [
      { flowId: 'da-xoa', stepId: 'a', data: {} },
      { flowId: 'phan-anh', stepId: 'buoc-cu', data: {} },
    ]) {
      const turn = runner.continue(state, { text: 'xin chào' });
      expect(templates(turn)).toEqual(['flow-het-hieu-luc']);
      expect(turn.state).toBeNull();
    }
    expect(templates(runner.answerFaq('khong-co'))).toEqual(['flow-het-hieu-luc']);
    expect(templates(runner.start('khong-co'))).toEqual(['flow-het-hieu-luc']);
  });
});

describe('FlowRunner mechanics', () => {
  const catalog = catalogFromYaml(`
vars: { gio: "8h" }
flows:
  - id: f
    triggers: [thử]
    start: chao
    steps:
      chao: { template: step-a, next: hoi }
      hoi:
        template: step-b
        save: lua_chon
        buttons:
          - { label: Sáng thứ Hai, payload: "choice:sang" }
          - { label: Chiều thứ Hai, payload: "choice:chieu" }
        next: cuoi
      cuoi: { template: step-c, end: true }
`);
  const mechanics = new FlowRunner(catalog);

  it('passes through steps that wait for nothing in the same turn', () => {
    const turn = mechanics.start('f');
    expect(templates(turn)).toEqual(['step-a', 'step-b']);
    expect(turn.state).toEqual({ flowId: 'f', stepId: 'hoi', data: {} });
    expect(turn.replies[1].data).toEqual({ gio: '8h' });
  });

  it('picks a choice by a distinctive word of its label and saves the label', () => {
    const state = { flowId: 'f', stepId: 'hoi', data: {} };
    const turn = mechanics.continue(state, { text: 'chiều ạ' });
    expect(templates(turn)).toEqual(['step-c']);
    expect(turn.replies[0].data).toEqual({ gio: '8h', lua_chon: 'Chiều thứ Hai' });
    expect(templates(mechanics.continue(state, { text: 'thứ hai' }))).toEqual(['flow-chon-lai']); // both match
  });

  it('offers no help button when the catalog has no help FAQ', () => {
    expect(
      mechanics.continue({ flowId: 'f', stepId: 'hoi', data: {} }, { text: 'hủy' }).replies[0].buttons,
    ).toEqual([]);
  });
});
