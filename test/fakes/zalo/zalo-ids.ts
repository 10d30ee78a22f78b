import { randomBytes, randomInt } from 'node:crypto';

/**
 * Ids like Zalo's: user, app and OA ids are 19-digit numbers, far above 2^53, so an app that parses one
 * as a JS number corrupts it; they always travel as strings. Message ids are opaque hex strings.
 * A random start keeps fakes sharing a database apart.
 */
export class IdGenerator {
  private current = 2_000_000_000_000_000_000n + BigInt(randomInt(0, 2 ** 47)) * 30_000n;

  numeric(): string {
    this.current += BigInt(randomInt(1, 1000));
    return this.current.toString();
  }

  messageId(): string {
    return randomBytes(16).toString('hex');
  }
}
