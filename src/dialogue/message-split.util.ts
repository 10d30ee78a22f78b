/**
 * Splits a long reply into messages a channel accepts (Telegram 4,096 characters, Zalo about
 * 2,000): at paragraph breaks first, then line breaks, then sentence ends, then spaces — never
 * inside a word unless a single word is longer than the limit.
 */
export function splitMessage(text: string, limit: number): string[] {
  if (limit < 20) throw new Error('limit too small to split sensibly');
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const cut =
      lastBreak(window, '\n\n') ??
      lastBreak(window, '\n') ??
      lastBreak(window, '. ') ??
      lastBreak(window, ' ') ??
      limit;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** The position after the last separator in the window's second half, if any. */
function lastBreak(window: string, separator: string): number | null {
  const at = window.lastIndexOf(separator);
  return at >= window.length / 2 ? at + separator.length : null;
}
