import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DialogueService } from '../src/dialogue/dialogue.service';
import { DossierIngestService } from '../src/dossier/dossier-ingest.service';
import { startApp } from './support/app';

/** Looking a dossier up in chat: masked by default, details after the phone's last digits, guessing slowed. */
describe('dossier lookup in chat', () => {
  let app: NestFastifyApplication;
  let dialogue: DialogueService;
  const CODE = '000.00.31.H56-250201-0045';

  beforeAll(async () => {
    ({ app } = await startApp());
    dialogue = app.get(DialogueService);
    const past = new Date(Date.now() - 3 * 86_400_000).toISOString();
    await app.get(DossierIngestService).ingest([
      {
        code: CODE,
        procedureCode: '1.001193',
        applicantName: 'Nguyễn Văn An',
        applicantPhone: '0912345678',
        agencyName: 'UBND xã Hưng Lộc',
        status: 'Yêu cầu bổ sung giấy tờ',
        receivedAt: '2025-02-01T08:00:00+07:00',
        dueAt: past,
      },
    ]);
  });
  afterAll(async () => app?.close());

  const say = (userId: string, text: string) => dialogue.handle({ channel: 'web', userId, text });

  it('shows status, procedure, dates and the masked applicant for a lower-case code inside a sentence', async () => {
    const [reply] = await say('lookup-1', `cho hỏi hồ sơ ${CODE.toLowerCase()}, giờ sao rồi ạ`);
    expect(reply.templateId).toBe('dossier-found');
    expect(reply.text).toContain('Cần bổ sung hồ sơ');
    expect(reply.text).toContain('Thủ tục đăng ký khai sinh');
    expect(reply.text).toContain('Nguyễn V** A*');
    expect(reply.text).toContain('ĐÃ QUÁ HẠN');
    expect(reply.text).not.toContain('Văn An');
    expect(reply.text).not.toMatch(/0912|5678/);
    expect(reply.buttons[0].payload).toBe(`verify:${CODE}`);
  });

  it('shows details only after the last four digits of the phone on file', async () => {
    await say('lookup-2', CODE);
    const [ask] = await dialogue.handle({ channel: 'web', userId: 'lookup-2', payload: `verify:${CODE}` });
    expect(ask.templateId).toBe('dossier-verify');
    const [wrong] = await say('lookup-2', '1234');
    expect(wrong.templateId).toBe('dossier-verify-failed');
    await dialogue.handle({ channel: 'web', userId: 'lookup-2', payload: `verify:${CODE}` });
    const [details] = await say('lookup-2', '5678');
    expect(details.templateId).toBe('dossier-details');
    expect(details.text).toContain('Lịch sử xử lý');
    expect(details.text).not.toContain('0912345678');
  });

  it('says "không tìm thấy" with how to check an unknown code, and which part of a malformed one is wrong', async () => {
    const [unknown] = await say('lookup-3', '000.00.31.H56-250201-9999');
    expect(unknown.templateId).toBe('dossier-not-found');
    expect(unknown.text).toContain('Không tìm thấy');
    const [malformed] = await say('lookup-3', 'mã hồ sơ 000.00.31.H56-251332-0045');
    expect(malformed.text).toContain('chưa đúng');
  });

  it('slows guessing: 25 codes in a row end in "thử lại sau"', async () => {
    const replies = [];
    for (let i = 0; i < 25; i++)
      replies.push((await say('lookup-guesser', `000.00.31.H56-250201-${String(1000 + i)}`))[0]);
    expect(replies[0].templateId).toBe('dossier-not-found');
    expect(replies.at(-1)!.text).toContain('thử lại sau');
    expect(replies.filter((r) => r.templateId === 'dossier-rate-limited').length).toBeGreaterThanOrEqual(14);
  });
});
