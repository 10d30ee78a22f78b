import { Bm25fIndex } from './bm25f-index';

describe('Bm25fIndex', () => {
  const build = () => {
    const index = new Bm25fIndex([
      { weight: 3, b: 0.5 },
      { weight: 0.5, b: 0.75 },
    ]);
    index.add([
      ['khai', 'sinh'],
      ['giay', 'to'],
    ]);
    index.add([
      ['ket', 'hon'],
      ['khai', 'sinh', 'giay', 'to', 'nhieu', 'chu'],
    ]);
    index.add([['ket', 'hon', 'luu', 'dong'], []]);
    return index;
  };

  it('weights a term in the name above the same term in the body', () => {
    const scores = build().score([{ term: 'khai', boost: 1 }]);
    expect(scores.get(0)!).toBeGreaterThan(scores.get(1)!);
  });

  it('prefers the shorter field among equal matches and ignores unknown terms', () => {
    const scores = build().score([
      { term: 'ket', boost: 1 },
      { term: 'hon', boost: 1 },
      { term: 'nope', boost: 5 },
    ]);
    expect(scores.get(1)!).toBeGreaterThan(scores.get(2)!);
    expect(scores.has(0)).toBe(false);
  });

  it('normalises a field by the documents that have it: a field most lack still counts in full', () => {
    const index = new Bm25fIndex([
      { weight: 1, b: 0.5 },
      { weight: 2, b: 0.3 },
    ]);
    for (let i = 0; i < 100; i++) index.add([['xoa', 'dang', 'ky', `x${i}`], []]);
    index.add([
      ['tach', 'ho'],
      ['cat', 'khau'],
    ]);
    const scores = index.score([{ term: 'cat', boost: 1 }]);
    const name = index.score([{ term: `x7`, boost: 1 }]);
    // The same one-document term weighs more in the heavier field: saturation, not a crushed length.
    expect(scores.get(100)!).toBeGreaterThan(name.get(7)!);
  });

  it('refuses documents after freezing and keeps scores independent between queries', () => {
    const index = build();
    const first = index.score([{ term: 'sinh', boost: 1 }]);
    const again = index.score([{ term: 'sinh', boost: 1 }]);
    expect(again).toEqual(first);
    expect(() => index.add([['x'], []])).toThrow('frozen');
  });

  it('gives the best k documents as score would, sorted and cut', () => {
    const index = build();
    const terms = [
      { term: 'khai', boost: 1 },
      { term: 'ket', boost: 1 },
      { term: 'giay', boost: 1 },
    ];
    const all = [...index.score(terms).entries()].sort((a, b) => b[1] - a[1]);
    expect(index.best(terms, 2)).toEqual(all.slice(0, 2));
    expect(index.best(terms, 10)).toEqual(all);
    expect(index.best(terms, 2)).toEqual(all.slice(0, 2));
  });
});
