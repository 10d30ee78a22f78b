/**
 * Receipt QR codes hold either the bare dossier code or a portal link carrying it. Codes look like
 * "000.00.12.H41-250301-0001" (agency code, date, number); provinces vary the agency part.
 */
const CODE_PATTERN = /[0-9A-Z]{2,}(?:\.[0-9A-Z]+)*-\d{6}-\d{3,6}/i;
const CODE_PARAMS = ['code', 'ma', 'mahoso', 'ma_ho_so', 'sohoso', 'so_ho_so', 'hoso'];

export function dossierCodeFromScan(scanned: string): string {
  const text = scanned.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      for (const [name, value] of url.searchParams) {
        if (CODE_PARAMS.includes(name.toLowerCase()) && value.trim()) return value.trim();
      }
    } catch {
      // not a URL after all: look for a code in the text below
    }
  }
  return text.match(CODE_PATTERN)?.[0] ?? text;
}
