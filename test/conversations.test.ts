import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DialogueService } from '../src/dialogue/dialogue.service';
import type { Reply } from '../src/dialogue/dialogue.types';
import { startApp } from './support/app';
import { asList, loadConversationScripts, type TurnExpectation } from './support/conversation-script';

/**
 * Every file in test/conversations/ is a conversation played through the real engine and a real
 * PostgreSQL database; expectations are on stable things (template, intent, procedure, buttons,
 * state), not on wording.
 */
const scripts = loadConversationScripts(join(__dirname, 'conversations'));

describe('scripted conversations', () => {
  let app: NestFastifyApplication;
  let dialogue: DialogueService;
  let db: DataSource;

  beforeAll(async () => {
    ({ app } = await startApp());
    dialogue = app.get(DialogueService);
    db = app.get(DataSource);
  });
  afterAll(async () => app?.close());

  it.each(scripts.map((s, i) => [`${s.file}: ${s.name}`, i] as const))('%s', async (_title, index) => {
    const script = scripts[index];
    const userId = `conv-${index}-${Date.now()}`;
    let last: Reply[] = [];
    for (const [n, turn] of script.turns.entries()) {
      const where = `${script.file} turn ${n + 1}`;
      let payload = turn.payload;
      if (turn.tap !== undefined) {
        const buttons = last.flatMap((r) => r.buttons);
        if (!buttons[turn.tap - 1]) throw new Error(`${where}: no button ${turn.tap} to tap`);
        payload = buttons[turn.tap - 1].payload;
      }
      const text = turn.say !== undefined && turn.nfd ? turn.say.normalize('NFD') : turn.say;
      last = await dialogue.handle({ channel: 'web', userId, text, payload });
      if (turn.expect) await check(where, last, turn.expect, userId);
    }
  });

  async function check(where: string, replies: Reply[], e: TurnExpectation, userId: string): Promise<void> {
    const first = replies[0];
    const all = replies.map((r) => r.text).join('\n');
    const context = `${where}: got ${JSON.stringify({ template: first?.templateId, intent: first?.intent, procedure: first?.procedureCode, text: all.slice(0, 300) })}`;
    const fail = (what: string) => {
      throw new Error(`${context}\n  expected ${what}`);
    };
    if (e.replies !== undefined && replies.length !== e.replies) fail(`${e.replies} replies`);
    if (e.template && first?.templateId !== e.template) fail(`template ${e.template}`);
    if (e.intent && first?.intent !== e.intent) fail(`intent ${e.intent}`);
    const procedures = asList(e.procedure);
    if (procedures.length && !procedures.includes(first?.procedureCode ?? ''))
      fail(`procedure ${procedures.join(' or ')}`);
    const buttons = replies.flatMap((r) => r.buttons).length;
    if (e.buttons !== undefined && buttons !== e.buttons) fail(`${e.buttons} buttons, got ${buttons}`);
    if (e.buttonsAtLeast !== undefined && buttons < e.buttonsAtLeast)
      fail(`at least ${e.buttonsAtLeast} buttons, got ${buttons}`);
    for (const s of asList(e.textContains))
      if (!all.toLowerCase().includes(s.toLowerCase())) fail(`text containing "${s}"`);
    for (const s of asList(e.textNotContains))
      if (all.toLowerCase().includes(s.toLowerCase())) fail(`text without "${s}"`);
    if (e.state) {
      const rows: { memory: { procedureCode?: string; flow?: unknown } }[] = await db.query(
        "SELECT memory FROM conversation_state WHERE channel = 'web' AND user_id = $1",
        [userId],
      );
      const code = rows[0]?.memory.procedureCode ?? null;
      if ('procedureCode' in e.state && code !== e.state.procedureCode) {
        fail(`state.procedureCode ${e.state.procedureCode}, got ${code}`);
      }
      if (e.state.inFlow !== undefined && !!rows[0]?.memory.flow !== e.state.inFlow)
        fail(`state.inFlow ${e.state.inFlow}`);
    }
    if (e.stored) {
      const rows: { reference: string; kind: string }[] = await db.query(
        "SELECT reference, kind FROM citizen_request WHERE channel = 'web' AND user_id = $1 ORDER BY id DESC LIMIT 1",
        [userId],
      );
      if (rows[0]?.kind !== e.stored) fail(`a stored ${e.stored}`);
      if (!all.includes(rows[0].reference)) fail(`the reference ${rows[0].reference} in the reply`);
    }
  }
});
