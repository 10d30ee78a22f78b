import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config/paths';
import { INTENTS } from '../src/nlu/nlu.types';

/** The batch contract every evaluation uses: JSON lines in, one JSON line out per input, nothing else. */
function classify(lines: string[]): { stdout: string[]; stderr: string; status: number | null } {
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, 'src', 'nlu', 'cli', 'classify.cli.ts')],
    { cwd: PROJECT_ROOT, input: lines.join('\n') + '\n', encoding: 'utf8', timeout: 120_000 },
  );
  return { stdout: result.stdout.split('\n').filter(Boolean), stderr: result.stderr, status: result.status };
}

describe('npm run classify (batch contract)', () => {
  const inputs = [
    { id: 'q1', text: 'lam lai cccd bi mat o dau' },
    { id: 'q2', text: 'Thủ tục đăng ký kết hôn cần giấy tờ gì?' },
    { id: 'q3', text: 'xin chào' },
    { id: 'q4', text: 'hồ sơ 000.00.12.h41 - 250312 - 0007 của tôi đến đâu rồi' },
    { id: 'q5', text: '' },
    { id: 'q6', text: 'a'.repeat(20_000) },
    { id: 'q7', text: '😀😀🙏' },
    { id: 'q8', text: "'; DROP TABLE procedure; --" },
    { id: 'q9', text: 'đăng ký khai sinh'.normalize('NFD') },
    { id: 'q10', text: '\u0000\u0007\u001b[31m' },
    { id: 42, text: 'dangw kys ket hon' },
  ];
  const lines = [...inputs.map((i) => JSON.stringify(i)), 'this is not json'];
  let out: Record<string, unknown>[];
  let run: ReturnType<typeof classify>;

  beforeAll(() => {
    run = classify(lines);
    out = run.stdout.map((l) => JSON.parse(l) as Record<string, unknown>);
  });

  it('prints one JSON line per input line, in order, and nothing else', () => {
    expect(run.status).toBe(0);
    expect(out).toHaveLength(lines.length);
    expect(out.map((o) => o.id)).toEqual([...inputs.map((i) => i.id), null]);
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual([
        'answer',
        'confidence',
        'dossierCodes',
        'id',
        'intent',
        'procedures',
      ]);
      expect(INTENTS).toContain(o.intent);
      expect(['procedure', 'clarify', 'none']).toContain(o.answer);
      expect((o.procedures as string[]).length).toBeLessThanOrEqual(5);
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
    }
    expect(run.stderr).toContain('not JSON');
  });

  it('finds the re-issue of a lost ID card from an unaccented, abbreviated question', () => {
    expect(['1.014064', '2.001194', '1.000757']).toContain((out[0].procedures as string[])[0]);
  });

  it('answers marriage registration with confidence', () => {
    expect(out[1]).toMatchObject({ intent: 'procedure', answer: 'procedure' });
    expect((out[1].procedures as string[])[0]).toBe('1.000894');
  });

  it('tells a greeting and a dossier lookup apart from procedure questions', () => {
    expect(out[2]).toMatchObject({ intent: 'greeting', answer: 'none' });
    expect(out[3]).toMatchObject({ intent: 'dossier_status', dossierCodes: ['000.00.12.H41-250312-0007'] });
  });

  it('classifies odd input without failing', () => {
    for (const o of out.slice(4, 8)) expect(o.answer).not.toBe('procedure');
    expect((out[8].procedures as string[])[0]).toBe('1.001193'); // NFD text
    expect(out[9].answer).toBe('none');
    expect((out[10].procedures as string[])[0]).toBe('1.000894'); // telex leftovers
  });
});
