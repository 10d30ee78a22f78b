import { diffBundles } from './content-diff.util';

const bundle = (answer: string, extra: Record<string, string> = {}) => ({
  flows: { 'a.yaml': 'faq:\n  - id: a\n' },
  templates: { 'faq-a': answer, ...extra },
  synonyms: 'synonyms: []\n',
});

describe('diffBundles', () => {
  it('lists only the files that changed, with removed and added lines', () => {
    const diff = diffBundles(
      bundle('Giờ cũ\nDòng chung\n'),
      bundle('Giờ mới\nDòng chung\n', { 'faq-b': 'B\n' }),
    );
    expect(diff.map((d) => [d.file, d.change])).toEqual([
      ['templates/vi/faq-a.hbs', 'changed'],
      ['templates/vi/faq-b.hbs', 'added'],
    ]);
    const lines = diff[0].lines.filter((l) => l.kind !== 'hunk');
    expect(lines).toEqual([
      { kind: 'remove', text: 'Giờ cũ' },
      { kind: 'add', text: 'Giờ mới' },
      { kind: 'context', text: 'Dòng chung' },
    ]);
  });

  it('shows a first version as all added', () => {
    const diff = diffBundles(null, bundle('X\n'));
    expect(diff.every((d) => d.change === 'added')).toBe(true);
  });
});
