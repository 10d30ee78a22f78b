import { INTENTS, type IntentPrediction, type Tokenizer } from '../nlu.types';
import { IntentClassifier } from './intent-classifier';
import { HELD_OUT } from './intent-held-out.fixture';

const classifier = IntentClassifier.fromDirectory();

function expectWellFormed(p: IntentPrediction): void {
  expect(INTENTS).toContain(p.intent);
  expect(Object.keys(p.scores).sort()).toEqual([...INTENTS].sort());
  const values = Object.values(p.scores);
  for (const v of values) {
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThanOrEqual(0);
  }
  expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  expect(p.confidence).toBe(p.scores[p.intent]);
  expect(p.confidence).toBe(Math.max(...values));
}

describe('IntentClassifier: rules', () => {
  it.each([
    'hồ sơ 000.00.12.H41-250312-0007',
    'tôi muốn khiếu nại hồ sơ 000.00.12.h41 - 250312 - 0007 bị trễ hạn',
    'H56.31.2-250110-0042',
  ])('a dossier code means dossier_status: %j', (text) => {
    const p = classifier.classify(text);
    expect(p).toMatchObject({ intent: 'dossier_status', source: 'rule:dossier_code' });
    expect(p.confidence).toBeGreaterThan(0.9);
    expectWellFormed(p);
  });

  it('a half-typed code also means dossier_status', () => {
    const p = classifier.classify('000.00.12.H41-250312-007');
    expect(p).toMatchObject({ intent: 'dossier_status', source: 'rule:malformed_dossier_code' });
    expect(p.confidence).toBeGreaterThanOrEqual(0.8);
    expectWellFormed(p);
  });

  it('but not over words that clearly say something else', () => {
    expect(classifier.classify('cảm ơn nhiều, mã 250312-0007 em tra được rồi').intent).toBe('thanks');
  });

  it.each(['', '   ', '???!!!...', '\u0000\u0007\u001b', '\u200b\u200b', '😀😀😀', '🎉'])(
    'no words: out_of_scope with low confidence (%j)',
    (text) => {
      const p = classifier.classify(text);
      expect(p.intent).toBe('out_of_scope');
      expect(p.confidence).toBeLessThanOrEqual(0.5);
      expect(p.source).toMatch(/^rule:/);
      expectWellFormed(p);
    },
  );

  it('reads keyboard mashing as abuse (spam)', () => {
    expect(classifier.classify('sdfghjkl').intent).toBe('abuse');
  });

  it('reads a thumbs-up as thanks and an angry face as abuse', () => {
    expect(classifier.classify('👍👍').intent).toBe('thanks');
    expect(classifier.classify('🙏').intent).toBe('thanks');
    expect(classifier.classify('🤬').intent).toBe('abuse');
  });

  it('words it never saw give a low-confidence out_of_scope', () => {
    const p = classifier.classify('zorblax frumious');
    expect(p.intent).toBe('out_of_scope');
    expect(p.confidence).toBeLessThan(0.5);
  });
});

describe('IntentClassifier: never throws', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['20,000 characters', 'làm giấy khai sinh cần gì '.repeat(800)],
    ['20,000 characters without spaces', 'a'.repeat(20000)],
    ['only emoji', '😀🙏👍🔥💯'],
    ['control characters', '\u0000\u0001\u0002\u001f\u007f'],
    ['SQL', "'; DROP TABLE users; --"],
    ['SQL in a question', "hồ sơ' OR '1'='1"],
    ['HTML', '<script>alert("x")</script>'],
    ['NFD', 'Đăng ký khai sinh cần giấy tờ gì'.normalize('NFD')],
    ['lone surrogate', '\ud800abc'],
    ['right-to-left', 'مرحبا'],
    ['prototype keys', 'constructor __proto__ toString hasOwnProperty'],
    ['numbers only', '1234567890'],
    ['huge code list', '000.00.12.H41-250312-0007 '.repeat(1000)],
    ['long dotted number', '1.'.repeat(10000)],
    ['long repeated letters', 'đ** '.repeat(5000)],
  ];

  it.each(inputs)('%s', (_name, text) => {
    let p: IntentPrediction | undefined;
    expect(() => (p = classifier.classify(text))).not.toThrow();
    expectWellFormed(p as IntentPrediction);
  });

  it('tolerates non-strings at run time', () => {
    for (const value of [undefined, null, 42, {}]) {
      expectWellFormed(classifier.classify(value as unknown as string));
    }
  });

  it('classifies NFD text the same as NFC', () => {
    const text = 'Tôi muốn phản ánh thái độ cán bộ một cửa';
    expect(classifier.classify(text.normalize('NFD'))).toEqual(classifier.classify(text));
  });

  it('stays fast on a 20,000-character message', () => {
    const started = Date.now();
    classifier.classify('cho tôi hỏi thủ tục đăng ký thường trú '.repeat(500));
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('survives a tokenizer that throws', () => {
    let calls = 0;
    const flaky: Tokenizer = (text) => {
      if (++calls > 200) throw new Error('boom');
      return text.split(' ');
    };
    const c = new IntentClassifier(
      INTENTS.map((intent) => ({ text: `mẫu ${intent}`, intent })),
      { tokenizer: flaky },
    );
    calls = 1000;
    const p = c.classify('bất kỳ');
    expect(p.source).toBe('rule:error');
    expectWellFormed(p);
  });
});

describe('IntentClassifier: training', () => {
  // Its speed is part of the index build that `npm run bench:nlu` prints, not a timed assertion.
  it('trains from intents/*.yaml', () => {
    expect(IntentClassifier.fromDirectory().classify('xin chào ad').intent).toBe('greeting');
  });

  it('uses an injected tokenizer instead of the default', () => {
    const seen: string[] = [];
    const tokenizer: Tokenizer = (text) => {
      seen.push(text);
      return text.toLowerCase().includes('x') ? ['has_x'] : ['no_x'];
    };
    const c = new IntentClassifier(
      [
        { text: 'x', intent: 'greeting' },
        { text: 'xx', intent: 'greeting' },
        { text: 'y', intent: 'thanks' },
        { text: 'yy', intent: 'thanks' },
      ],
      { tokenizer },
    );
    expect(c.classify('abc x').intent).toBe('greeting');
    expect(c.classify('abc').intent).toBe('thanks');
    expect(seen).toContain('abc x');
  });
});

describe('IntentClassifier: first-person stories', () => {
  // "tôi", "của tôi", "được cấp" also open questions about one's dossier and complaints: a long
  // story that ends in "how do I file" is still a procedure question.
  it.each([
    'Tôi sinh năm 1950, giấy tờ của tôi chỉ ghi năm sinh, nay tôi muốn đăng ký khai sinh thì có được ghi thêm ngày tháng không',
    'Hiện nay tôi có yêu cầu cấp lại sổ đỏ, tuy nhiên giấy tờ của tôi bị thất lạc hết, tôi phải làm thế nào',
    'Trường hợp của tôi có được hưởng trợ cấp một lần không, tôi đã đóng bảo hiểm được 8 năm',
    'Bố tôi mất năm ngoái chưa khai tử, nay tôi muốn khai tử cho bố thì có bị phạt không',
    'Xin hỏi trường hợp của tôi đã được cấp căn cước nhưng bị sai quê quán thì điều chỉnh ở đâu',
  ])('%s', (text) => {
    expect(classifier.classify(text).intent).toBe('procedure');
  });

  it.each([
    ['tôi nộp hồ sơ cấp sổ đỏ 2 tháng rồi vẫn chưa xong', 'dossier_status'],
    ['giấy phép xây dựng của tôi đã được duyệt chưa', 'dossier_status'],
    ['tôi bị đòi tiền ngoài quy định khi làm sổ đỏ', 'complaint'],
  ])('…while "%s" stays %s', (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

describe('IntentClassifier: held-out messages', () => {
  it('has a large enough table', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(60);
    const covered = new Set(HELD_OUT.map(([, intent]) => intent));
    expect([...covered].sort()).toEqual([...INTENTS].sort());
  });

  it('classifies at least 90 % of messages it was not trained on', () => {
    const misses = HELD_OUT.filter(([text, intent]) => classifier.classify(text).intent !== intent);
    const accuracy = 1 - misses.length / HELD_OUT.length;
    console.log(
      `held-out intent accuracy: ${HELD_OUT.length - misses.length}/${HELD_OUT.length} (${(100 * accuracy).toFixed(1)} %)` +
        misses
          .map(
            ([t, e]) => `\n  miss: ${JSON.stringify(t)} expected ${e}, got ${classifier.classify(t).intent}`,
          )
          .join(''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
