/**
 * Vietnamese has two accepted tone placements for "oa", "oe" and "uy" without a final consonant:
 * the older "hòa, khỏe, thủy" and the newer "hoà, khoẻ, thuỷ". The catalog mixes both, so text
 * comparisons map words to one canonical form (tone on the last vowel) and search big texts for
 * both spellings instead of rewriting them.
 */

const TONED: Readonly<Record<string, string>> = {
  o: 'òóỏõọ',
  u: 'ùúủũụ',
  a: 'àáảãạ',
  e: 'èéẻẽẹ',
  y: 'ỳýỷỹỵ',
};
const OLD_STYLE = /([òóỏõọ])([ae])(?!\p{L})|([ùúủũụ])(y)(?!\p{L})/gu;
const NEW_STYLE = /o([àáảãạèéẻẽẹ])(?!\p{L})|u([ỳýỷỹỵ])(?!\p{L})/gu;

/** Moves the tone of "òa / òe / ủy" (no final consonant) to the last vowel: "hòa" → "hoà". */
export function canonicalTones(lowerText: string): string {
  if (!/[òóỏõọùúủũụ]/.test(lowerText)) return lowerText;
  return lowerText.replace(OLD_STYLE, (match: string, o?: string, ae?: string, u?: string) => {
    const first = o ?? u ?? '';
    const second = ae ?? 'y';
    const base = o !== undefined ? 'o' : 'u';
    const tone = TONED[base].indexOf(first);
    return tone < 0 ? match : base + TONED[second][tone];
  });
}

/** A canonical word or phrase and, when it differs, its spelling with the older tone placement. */
export function toneVariants(canonical: string): string[] {
  const old = canonical.replace(NEW_STYLE, (match: string, ae?: string, y?: string) => {
    const toned = ae ?? y ?? '';
    const second = ae !== undefined ? (TONED.a.includes(toned) ? 'a' : 'e') : 'y';
    const tone = TONED[second].indexOf(toned);
    const base = ae !== undefined ? 'o' : 'u';
    return tone < 0 ? match : TONED[base][tone] + second;
  });
  return old === canonical ? [canonical] : [canonical, old];
}
