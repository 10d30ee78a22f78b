/**
 * "Nguyễn Văn An" → "Nguyễn V** A*": the family name and each given name's first letter, so a
 * citizen recognises their dossier and a stranger holding the code learns nothing more.
 */
export function maskApplicantName(name: string): string {
  const parts = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '';
  const [family, ...rest] = parts;
  const masked = rest.map((p) => [...p][0] + '*'.repeat(Math.max(1, [...p].length - 1)));
  return [family, ...masked].join(' ');
}

/**
 * What identifies a Vietnamese mobile number however it is written (09…, 84…, +84 9…): its last
 * nine digits; null when there are fewer.
 */
export function phoneKey(phone: string | null): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 9 ? digits.slice(-9) : null;
}

/** The last four digits of a phone, for the citizen to prove a dossier is theirs. */
export function phoneLast4(phone: string | null): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}
