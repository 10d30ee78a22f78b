/** The digits visible when a phone number is masked in a list. */
const VISIBLE = 3;

/**
 * "0912345678" → "*******678": enough for an agent to tell two citizens apart in the list, not
 * enough to call them; the full number (given with consent) is on the request's own page.
 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= VISIBLE) return '*'.repeat(digits.length);
  return '*'.repeat(digits.length - VISIBLE) + digits.slice(-VISIBLE);
}
