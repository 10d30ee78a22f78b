import { extractEntities } from './entity-extractor';

describe('extractEntities', () => {
  it('combines codes, malformed codes, phones and ids', () => {
    const entities = extractEntities(
      'hồ sơ 000.00.12.h41 - 250312 - 0007 và 000.00.12.H41-250332-0008, sđt 0912 345 678, cccd 001203012345',
    );
    expect(entities).toEqual({
      dossierCodes: [{ code: '000.00.12.H41-250312-0007', raw: '000.00.12.h41 - 250312 - 0007' }],
      malformedDossierCodes: [
        { raw: '000.00.12.H41-250332-0008', problem: expect.stringContaining('250332') },
      ],
      phones: ['0912345678'],
      idNumbers: ['001203012345'],
    });
  });

  it('never reads the digits of a code as a phone or an id', () => {
    const entities = extractEntities('000.00.00.H56-240101-0001 000.00.12.H41-250312-0007 1.001193');
    expect(entities.phones).toEqual([]);
    expect(entities.idNumbers).toEqual([]);
    expect(entities.dossierCodes).toHaveLength(2);
  });

  it('returns empty lists for a message without entities', () => {
    expect(extractEntities('làm giấy khai sinh cần gì')).toEqual({
      dossierCodes: [],
      malformedDossierCodes: [],
      phones: [],
      idNumbers: [],
    });
  });

  it('reads NFD input the same as NFC', () => {
    const text = 'Mã hồ sơ 000.00.12.H41-250312-0007, số điện thoại 0912345678';
    expect(extractEntities(text.normalize('NFD'))).toEqual(extractEntities(text));
  });

  it.each([
    '',
    '\u0000\u0001\u001f',
    '😀🙏👍',
    "'; DROP TABLE users; --",
    '<script>alert(1)</script>',
    'x'.repeat(20000),
    '0912345678 000.00.12.H41-250312-0007 '.repeat(500),
    // Long runs that make a careless pattern retry at every position (quadratic time).
    '1.'.repeat(10000),
    '1-'.repeat(10000),
    '0'.repeat(20000),
    'H41.'.repeat(5000),
    'a@b.'.repeat(5000),
  ])('never throws, and stays fast: %#', (text) => {
    const started = Date.now();
    expect(() => extractEntities(text)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(300);
  });

  it('tolerates a non-string at run time', () => {
    expect(extractEntities(undefined as unknown as string).dossierCodes).toEqual([]);
  });
});
