/**
 * Accent folding for Vietnamese: "Đăng ký" → "dang ky". Used wherever a citizen may type without
 * diacritics. NFD splits a precomposed letter into base + combining marks, which we drop; đ/Đ has
 * no decomposition, so it is mapped by hand.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Lower case, folded, punctuation to spaces, single-spaced: the form used for matching. */
export function toMatchForm(text: string): string {
  return foldDiacritics(text.normalize('NFC').toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
