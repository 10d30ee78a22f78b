import { familyKey, spreadFamilies } from './procedure-family';

describe('procedure families', () => {
  it('gives the level copies of one procedure one key', () => {
    const keys = [
      'Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)',
      'Cấp lại thẻ căn cước (thực hiện tại cấp trung ương)',
      'Thủ tục cấp lại thẻ căn cước',
      'Cấp lại thẻ căn cước - cấp Trung ương',
    ].map(familyKey);
    expect(new Set(keys).size).toBe(1);
    expect(familyKey('Cấp thẻ căn cước cho người dưới 14 tuổi')).not.toBe(keys[0]);
  });

  it('puts different procedures first, then the level copies in their order', () => {
    const ranked = ['a1', 'a2', 'a3', 'b1', 'c1', 'b2', 'd1'];
    expect(spreadFamilies(ranked, (x) => x.charCodeAt(0), 3)).toEqual([
      'a1',
      'b1',
      'c1',
      'a2',
      'a3',
      'b2',
      'd1',
    ]);
  });
});
