import { Synonyms } from '../../nlu/synonyms';
import { actionModifiers, parseProcedureName } from './procedure-name';

const synonyms = new Synonyms({
  abbreviations: { bhxh: 'bảo hiểm xã hội' },
  modifiers: ['lại', 'đổi', 'điều chỉnh', 'gia hạn', 'nước ngoài'],
});
const words = (heads: { folded: string }[][]) =>
  heads.map((h) =>
    h
      .map((t) => t.folded)
      .filter(Boolean)
      .join(' '),
  );
const parse = (name: string) => parseProcedureName(name, synonyms);

describe('parseProcedureName', () => {
  it('reads a name without a list of actions as restricting special cases', () => {
    const p = parse('Cấp lại giấy phép lái xe cho người nước ngoài (thực hiện tại cấp tỉnh)');
    expect(p.restricting.size).toBe(2);
    expect(p.alternatives.size).toBe(0);
    expect(words(p.heads)).toEqual(['cap lai giay phep lai xe cho nguoi nuoc ngoai']);
  });

  it('sets aside a closing list of who may file: not stated by citizens, not a restriction', () => {
    const p = parse(
      'Đăng ký đất đai lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
    );
    expect(p.restricting.size).toBe(0);
    expect(words(p.heads)).toEqual(['dang ki dat dai lan dau']);
    // More than a list of subjects is part of what the procedure is.
    const org = parse('Đăng ký đất đai lần đầu đối với tổ chức đang sử dụng đất');
    expect(words(org.heads)).toEqual(['dang ki dat dai lan dau doi voi to chuc dang su dung dat']);
    expect(words(parse('Khai thuế đối với cá nhân cho thuê nhà').heads)).toEqual([
      'khai thue doi voi ca nhan cho thue nha',
    ]);
  });

  it('tells a name filed by organisations only', () => {
    expect(parse('Đăng ký đất đai lần đầu đối với tổ chức đang sử dụng đất').forOrganisations).toBe(true);
    expect(parse('Đăng ký đất đai lần đầu đối với hộ gia đình, cá nhân').forOrganisations).toBe(false);
    expect(parse('Cấp phát kinh phí đối với các tổ chức, cá nhân').forOrganisations).toBe(false);
    expect(parse('Cấp lại thẻ căn cước').forOrganisations).toBe(false);
    // An organisation filing on a person's behalf is still an organisation filing.
    expect(
      parse('Khai thuế đối với tổ chức khai thuế thay, nộp thuế thay cho cá nhân có bất động sản cho thuê')
        .forOrganisations,
    ).toBe(true);
    expect(parse('Hỗ trợ đối với tổ chức và cá nhân bị thiệt hại').forOrganisations).toBe(false);
  });

  it('counts a special case once, not again for a shorter one inside it', () => {
    const nested = new Synonyms({ modifiers: ['nước ngoài', 'người nước ngoài', 'đổi', 'cấp đổi'] });
    expect(
      parseProcedureName('Khai báo tạm trú cho người nước ngoài tại Việt Nam', nested).restricting.size,
    ).toBe(1);
    expect(parseProcedureName('Cấp đổi giấy chứng nhận', nested).restricting.size).toBe(1);
  });

  it('reads an opening list of actions as alternatives, one name per action', () => {
    const p = parse('Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH');
    expect(p.alternatives.size).toBe(3);
    expect(p.restricting.size).toBe(0);
    expect(p.plainAlternative).toBe(false);
    expect(words(p.heads)).toEqual([
      'cap lai thong tin tren so bao hiem xa hoi bhxh',
      'doi thong tin tren so bao hiem xa hoi bhxh',
      'dieu chinh thong tin tren so bao hiem xa hoi bhxh',
    ]);
  });

  it('notices a plain action among the alternatives', () => {
    const p = parse('Cấp, cấp lại, gia hạn giấy phép hoạt động đo đạc và bản đồ');
    expect(p.plainAlternative).toBe(true);
    expect(p.alternatives.size).toBe(2);
    expect(words(p.heads)).toContain('cap giay phep hoat dong do dac va ban do');
  });

  it('keeps a list of objects, not actions, as one name', () => {
    const p = parse('Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản');
    expect(p.alternatives.size).toBe(0);
    expect(p.heads).toHaveLength(1);
  });

  it('leaves out how and where the procedure is filed', () => {
    const p = parse(
      'Đổi chứng nhận đăng ký xe, biển số xe bằng dịch vụ công trực tuyến một phần hoặc trực tiếp thực hiện tại cấp trung ương, cấp tỉnh, cấp xã',
    );
    expect(words(p.heads)).toEqual(['doi chung nhan dang ki xe bien so xe']);
    expect(
      words(
        parse('Đăng ký xe lần đầu trực tuyến toàn trình đối với xe nhập khẩu thực hiện tại cấp tỉnh, cấp xã')
          .heads,
      ),
    ).toEqual(['dang ki xe lan dau doi voi xe nhap khau']);
    expect(words(parse('Dịch vụ công trực tuyến gửi, nhận đơn khởi kiện').heads)[0]).toMatch(
      /^dich vu cong truc tuyen gui/,
    );
  });

  it('tells actions (they open names) from circumstances (they never do)', () => {
    const cases = new Synonyms({ modifiers: ['gia hạn', 'mất', 'lại'] });
    const names = [
      'Thủ tục gia hạn giấy phép hoạt động',
      'Cấp lại giấy chứng nhận do bị mất',
      'Trình báo mất hộ chiếu',
      'Cấp giấy phép hoạt động',
    ].map((n) => parseProcedureName(n, cases));
    expect([...actionModifiers(names)].sort()).toEqual([0, 2]);
  });
});
