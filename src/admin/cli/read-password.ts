import { createInterface } from 'node:readline';

/** Asks for a password on a terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      // Only the question itself is echoed; typed characters are not.
      if (s.startsWith(question)) write.call(rl, s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

async function firstLineOfStdin(): Promise<string> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

/**
 * The new account's password: STAFF_PASSWORD when set (scripts), else typed twice on a terminal,
 * else the first line of standard input (`echo … | npm run admin:create …`). Never an argument,
 * where it would sit in the shell history and the process list.
 */
export async function readNewPassword(): Promise<string> {
  if (process.env.STAFF_PASSWORD) return process.env.STAFF_PASSWORD;
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const first = await promptHidden('Mật khẩu: ');
  const second = await promptHidden('Nhập lại mật khẩu: ');
  if (first !== second) throw new Error('hai lần nhập mật khẩu không khớp');
  return first;
}
