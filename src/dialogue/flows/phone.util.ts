/**
 * Vietnamese phone numbers as citizens type them: "0912 345 678", "0912.345.678", "+84 912 345 678",
 * "(028) 3823 4567", often inside a sentence ("số của tôi là 0912345678 ạ").
 */

/** Mobile prefixes in use since the 2018 renumbering (03x, 05x, 07x, 08x, 09x). */
const MOBILE = /^0(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}$/;
/** Landlines: 02 + area code + subscriber number, 11 digits in all. */
const LANDLINE = /^02\d{9}$/;

/** A run of digits with the separators people put between groups. */
const CANDIDATE = /\+?\(?\d[\d\s.\-()]{7,18}\d/g;

/** The number in its national form ("0912345678"), or null when the text holds no valid number. */
export function parseVietnamesePhone(text: string): string | null {
  for (const candidate of text.match(CANDIDATE) ?? []) {
    let digits = candidate.replace(/\D/g, '');
    if (candidate.trim().startsWith('+') || (digits.startsWith('84') && digits.length >= 11)) {
      if (!digits.startsWith('84')) continue;
      digits = '0' + digits.slice(2);
    }
    if (MOBILE.test(digits) || LANDLINE.test(digits)) return digits;
  }
  return null;
}
