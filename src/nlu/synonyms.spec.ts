import { Synonyms } from './synonyms';
import { tokenize } from './vietnamese-text.util';

describe('Synonyms special cases', () => {
  const synonyms = new Synonyms({
    modifiers: ['nước ngoài', 'người nước ngoài', 'khóa', 'mở khóa', 'gia hạn'],
  });
  const named = (sets: Set<number>[]) => sets.map((s) => [...s].sort());

  it('reads each case a text states once, with the shorter cases inside it', () => {
    expect(named(synonyms.casesIn(tokenize('gia hạn thị thực cho người nước ngoài')))).toEqual([[4], [0, 1]]);
    expect(named(synonyms.casesIn(tokenize('mở khóa căn cước điện tử')))).toEqual([[2, 3]]);
  });

  it("counts a name's outermost cases only, but knows every case it mentions", () => {
    const name = tokenize('Khai báo tạm trú cho người nước ngoài');
    expect([...synonyms.outermostModifiersIn(name)]).toEqual([1]);
    expect([...synonyms.modifiersIn(name)].sort()).toEqual([0, 1]);
  });
});
