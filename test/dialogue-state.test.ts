import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { DialogueService } from '../src/dialogue/dialogue.service';
import { startApp } from './support/app';

describe('conversation state in PostgreSQL', () => {
  let app: NestFastifyApplication;
  let dialogue: DialogueService;
  let db: DataSource;

  beforeAll(async () => {
    ({ app } = await startApp({ CONVERSATION_TTL_MINUTES: '30' }));
    dialogue = app.get(DialogueService);
    db = app.get(DataSource);
  });
  afterAll(async () => app?.close());

  const state = async (userId: string) =>
    (
      (await db.query(
        "SELECT memory, version FROM conversation_state WHERE channel = 'web' AND user_id = $1",
        [userId],
      )) as { memory: { procedureCode?: string }; version: number }[]
    )[0];

  it('loses no update when two messages of one citizen arrive at once', async () => {
    const userId = `race-${Date.now()}`;
    await dialogue.handle({ channel: 'web', userId, text: 'xin chào' });
    const messages = ['đăng ký kết hôn', 'lệ phí bao nhiêu', 'nộp ở đâu', 'mất bao lâu', 'đăng ký khai tử'];
    const replies = await Promise.all(
      messages.map((text) => dialogue.handle({ channel: 'web', userId, text })),
    );
    expect(replies.every((r) => r.length > 0)).toBe(true);
    // One version step per message: every turn was saved, none overwrote another.
    expect((await state(userId)).version).toBe(messages.length);
  });

  it('forgets the procedure in context after a quiet period', async () => {
    const userId = `ttl-${Date.now()}`;
    await dialogue.handle({ channel: 'web', userId, text: 'em muốn đăng ký kết hôn' });
    expect((await state(userId)).memory.procedureCode).toBe('1.000894');
    const [fresh] = await dialogue.handle({ channel: 'web', userId, text: 'lệ phí bao nhiêu?' });
    expect(fresh.procedureCode).toBe('1.000894');

    await db.query(
      "UPDATE conversation_state SET updated_at = now() - interval '31 minutes' WHERE user_id = $1",
      [userId],
    );
    const [stale] = await dialogue.handle({ channel: 'web', userId, text: 'lệ phí bao nhiêu?' });
    expect(stale.procedureCode).toBeUndefined();
  });

  it('keeps each channel and user apart', async () => {
    const userId = `sep-${Date.now()}`;
    await dialogue.handle({ channel: 'web', userId, text: 'đăng ký kết hôn' });
    const [other] = await dialogue.handle({ channel: 'telegram', userId, text: 'lệ phí bao nhiêu?' });
    expect(other.procedureCode).toBeUndefined();
  });
});
