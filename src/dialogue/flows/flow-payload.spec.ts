import { isFlowPayload, parsePayload } from './flow-payload';

describe('parsePayload', () => {
  it('reads every kind of flows payload', () => {
    expect(parsePayload('flow:phan-anh')).toEqual({ kind: 'flow', flowId: 'phan-anh' });
    expect(parsePayload('faq:gio-lam-viec')).toEqual({ kind: 'faq', faqId: 'gio-lam-viec' });
    expect(parsePayload('step:phan-anh:xac-nhan')).toEqual({
      kind: 'step',
      flowId: 'phan-anh',
      stepId: 'xac-nhan',
    });
    expect(parsePayload('choice:co')).toEqual({ kind: 'choice', value: 'co' });
    expect(parsePayload(' huy ')).toEqual({ kind: 'cancel' });
  });

  it('leaves other payloads to the engine', () => {
    for (const p of ['procedure:1.001193', 'detail:fee:1.001193', 'flow:', 'step:a', 'faq:a b', '']) {
      expect(isFlowPayload(p)).toBe(false);
    }
    expect(isFlowPayload(undefined)).toBe(false);
  });
});
