import { toMatchForm } from '../../nlu/text-fold.util';

/**
 * Copies of one procedure at several levels ("Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)", "…
 * (thực hiện tại cấp trung ương)", "Khóa căn cước điện tử - cấp Trung ương") are one choice for a
 * citizen: the same key for all of them.
 */
export function familyKey(name: string): string {
  return toMatchForm(name)
    .replace(/^thu tuc /, '')
    .replace(/ ?\b(thuc hien )?(tai |o )?cap (tinh|bo|xa|huyen|trung uong|tw)\b ?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reorders ranked items so that the first `slots` are different procedures: a citizen offered
 * three choices should see three procedures, not one procedure at three levels. The level copies
 * follow, in their order, so none is lost.
 */
export function spreadFamilies<T>(ranked: T[], familyOf: (item: T) => number, slots: number): T[] {
  const first: T[] = [];
  const rest: T[] = [];
  const seen = new Set<number>();
  for (const item of ranked) {
    const family = familyOf(item);
    if (first.length < slots && !seen.has(family)) {
      first.push(item);
      seen.add(family);
    } else {
      rest.push(item);
    }
  }
  return [...first, ...rest];
}
