import { TermIds, TermMarks } from './term-marks';

describe('TermIds and TermMarks', () => {
  const ids = new TermIds();
  const name = ids.assign(['f:khai', 'f:sinh', 'b:khai_sinh']);
  const other = ids.assign(['f:ket', 'f:hon', 'f:khai']);

  it('numbers each term once', () => {
    expect(ids.size).toBe(5);
    expect(other[2]).toBe(name[0]);
    expect(ids.lookup('f:sinh')).toBe(name[1]);
    expect(ids.lookup('f:nope')).toBe(-1);
  });

  it('counts a message’s occurrences of a name’s terms, repeats included, unknown terms skipped', () => {
    const marks = new TermMarks(ids);
    marks.mark(['f:khai', 'f:khai', 'f:sinh', 'f:lam', 'b:lam_giay']);
    expect(marks.count(name)).toBe(3);
    expect(marks.count(other)).toBe(2);
  });

  it('forgets the message on clear, so the next one starts from nothing', () => {
    const marks = new TermMarks(ids);
    marks.mark(['f:khai', 'b:khai_sinh']);
    marks.clear();
    expect(marks.count(name)).toBe(0);
    marks.mark(['f:ket']);
    expect(marks.count(other)).toBe(1);
    expect(marks.count(name)).toBe(0);
  });
});
