import { describe, expect, it } from 'vitest';
import { dossierCodeFromScan } from './dossier-code';

describe('dossierCodeFromScan', () => {
  it('keeps a bare code as it is', () => {
    expect(dossierCodeFromScan(' 000.00.12.H41-250301-0001 ')).toBe('000.00.12.H41-250301-0001');
  });

  it('takes the code from a portal link', () => {
    expect(
      dossierCodeFromScan('https://dichvucong.example.vn/tra-cuu?maHoSo=000.00.12.H41-250301-0001'),
    ).toBe('000.00.12.H41-250301-0001');
  });

  it('finds a code inside other text', () => {
    expect(dossierCodeFromScan('Biên nhận hồ sơ số 000.00.12.H41-250301-0001 ngày 01/03/2025')).toBe(
      '000.00.12.H41-250301-0001',
    );
  });

  it('returns unknown text unchanged, for the citizen to check', () => {
    expect(dossierCodeFromScan('ABC')).toBe('ABC');
  });
});
