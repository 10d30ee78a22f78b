import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';

/** One scripted conversation (test/conversations/*.yml): turns with expectations on stable things. */
const expectation = z
  .object({
    template: z.string().optional(),
    intent: z.string().optional(),
    procedure: z.union([z.string(), z.array(z.string())]).optional(),
    buttons: z.number().int().optional(),
    buttonsAtLeast: z.number().int().optional(),
    textContains: z.union([z.string(), z.array(z.string())]).optional(),
    textNotContains: z.union([z.string(), z.array(z.string())]).optional(),
    replies: z.number().int().optional(),
    state: z
      .object({ procedureCode: z.string().nullable().optional(), inFlow: z.boolean().optional() })
      .optional(),
    /** A complaint or handoff stored for staff, its reference shown to the citizen. */
    stored: z.enum(['complaint', 'handoff']).optional(),
  })
  .strict();

const turn = z
  .object({
    say: z.string().optional(),
    nfd: z.boolean().optional(),
    tap: z.number().int().min(1).optional(),
    payload: z.string().optional(),
    expect: expectation.optional(),
  })
  .strict()
  .refine((t) => [t.say, t.tap, t.payload].filter((x) => x !== undefined).length === 1, {
    message: 'each turn has exactly one of say, tap, payload',
  });

const script = z.object({ name: z.string(), turns: z.array(turn).min(1) }).strict();

export type ConversationScript = z.infer<typeof script> & { file: string };
export type TurnExpectation = z.infer<typeof expectation>;

export function loadConversationScripts(dir: string): ConversationScript[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((file) => {
      const docs = yaml.loadAll(readFileSync(join(dir, file), 'utf8'));
      return docs.map((doc) => ({ ...script.parse(doc), file }));
    });
}

export const asList = (x: string | string[] | undefined): string[] =>
  x === undefined ? [] : Array.isArray(x) ? x : [x];
