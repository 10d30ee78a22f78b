import { parseDocuments, parseDocumentsDetailed, splitForms } from './documents.parser';
import { realField } from './fixtures/real-records';

const documentsOf = (code: string) => parseDocumentsDetailed(realField(code, 'thanh_phan_ho_so'));

describe('parseDocuments', () => {
  it('1.001193 khai sinh: grouped tables ("Giấy tờ phải nộp", "Giấy tờ phải xuất trình") incl. Giấy chứng sinh', () => {
    const { documents, issues } = documentsOf('1.001193');
    expect(issues).toEqual([]);
    const groups = [...new Set(documents.map((d) => d.group))];
    expect(groups.slice(0, 2)).toEqual(['Giấy tờ phải nộp', 'Giấy tờ phải xuất trình']);
    const birth = documents.find((d) => d.name.startsWith('Giấy chứng sinh'));
    expect(birth).toMatchObject({
      group: 'Giấy tờ phải nộp',
      forms: [],
      originals: 1,
      copies: null,
      quantityText: '1 bản chính',
    });
    expect(birth?.name).toMatch(
      /^Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng/,
    );
    // Bullets are stripped from names: "- Giấy chứng sinh…" in the export.
    expect(documents.every((d) => !d.name.startsWith('-'))).toBe(true);
    // "0 bản chính" rows are notes the portal lists as documents; they keep their quantity.
    expect(documents.filter((d) => d.originals === 0).length).toBeGreaterThan(0);
  });

  it('1.000894 kết hôn: first table heading is "Giấy tờ phải xuất trình"', () => {
    const { documents } = documentsOf('1.000894');
    expect(documents[0].group).toBe('Giấy tờ phải xuất trình');
    expect(documents[0].name).toMatch(/^Hộ chiếu\/Thẻ căn cước công dân/);
    expect(documents.some((d) => d.group === 'Lưu ý')).toBe(true);
  });

  it('1.000178: a plain table ("--" heading) gives rows without group', () => {
    const { documents } = documentsOf('1.000178');
    expect(documents.map((d) => d.name)).toEqual([
      'Tài liệu, chứng cứ do các bên cung cấp',
      'Quyết định giải quyết khiếu nại',
      'Báo cáo kết quả xác minh nội dung khiếu nại',
      'Thông báo thụ lý khiếu nại',
      'Các tài liệu khác có liên quan',
      'Biên bản tổ chức đối thoại (nếu có)',
      'Biên bản kiểm tra, xác minh, kết luận, kết quả giám định (nếu có)',
      'Đơn khiếu nại hoặc bản ghi nội dung khiếu nại',
    ]);
    expect(documents.every((d) => d.group === null && d.originals === 1)).toBe(true);
  });

  it('1.004372: "0 bản chính,1 bản sao" gives originals and copies; form file named after the code', () => {
    const { documents } = documentsOf('1.004372');
    expect(documents).toHaveLength(4);
    expect(documents[1]).toEqual({
      group: 'Trong trường hợp Giấy phép hết hạn',
      name: 'Bản sao hoặc biểu mẫu điện tử đơn đề nghị cấp lại theo mẫu.',
      forms: ['1.004372.docx'],
      originals: 0,
      copies: 1,
      quantityText: '0 bản chính,1 bản sao',
    });
    expect(documents[2].group).toBe('Trong trường hợp Giấy phép mất, rách');
    expect(documents[2]).toMatchObject({ originals: 1, copies: 1 });
  });

  it('6.005712: several form files glued together are split into a list', () => {
    const { documents } = documentsOf('6.005712');
    expect(documents).toHaveLength(1);
    expect(documents[0].forms).toEqual([
      'Mẫu số 1.1 To trinh.docx',
      'Mẫu số 1.2- Bien ban.docx',
      'Mẫu số 1.5-.docx',
    ]);
    expect(documents[0].name).toMatch(/Số lượng hồ sơ: 01 bộ\.$/);
  });

  it('1.004028: camel-cased file names glued to the row name', () => {
    const { documents } = documentsOf('1.004028');
    expect(documents[0]).toMatchObject({
      group: 'Các giấy tờ gửi bằng fax hoặc thư điện tử',
      forms: ['MauBankhaianninhtaubien.docx'],
    });
    expect(documents[0].name).toMatch(/^Bản khai an ninh tàu biển theo mẫu/);
    const customs = documents.find((d) => d.name.startsWith('Nộp cho Hải quan cửa khẩu'));
    expect(customs?.forms).toContain('MauBankhaihanghoanguyhiem (1).docx');
    expect(customs?.forms).toContain('MauDanhsachthuyenvien (1).docx');
  });

  it('1.009796: "PL 01 … (1).docx.docx" file names and lettered rows', () => {
    const { documents } = documentsOf('1.009796');
    const first = documents[0];
    expect(first.group).toBe('Đối với công ty cổ phần');
    expect(first.name).toMatch(/^e\) Báo cáo về vốn điều lệ đã góp/);
    expect(first.forms).toEqual(['PL 01 Bao cao ve von dieu le da gop 14.4_Approved (1).docx.docx']);
  });

  it('1.010732: keeps "Mau 04.docx (1).doc" whole and ignores ".doc" mentioned in prose', () => {
    const { documents } = documentsOf('1.010732');
    expect(documents[0].forms).toEqual(['Mau 04.docx (1).doc']);
    const prose = documents.find((d) => d.name.includes('định dạng đuôi'));
    expect(prose?.forms).toEqual([]);
  });

  it('1.000020: "…: 01 bản chính" inside a name does not end the row', () => {
    const { documents, issues } = documentsOf('1.000020');
    expect(issues).toEqual([]);
    const permit = documents.find((d) => d.name.startsWith('Giấy phép xuất khẩu đối với hàng hóa'));
    expect(permit?.name).toBe(
      'Giấy phép xuất khẩu đối với hàng hóa phải có giấy phép nhập khẩu: 01 bản chính',
    );
    expect(permit?.quantityText).toBe('1 bản chính');
  });

  it('1.014951: an empty table ("--") yields nothing and no warning', () => {
    expect(documentsOf('1.014951')).toEqual({ documents: [], issues: [] });
  });

  it('reads bracketed form names and keeps them out of the document name', () => {
    const docs = parseDocuments(
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai đăng ký[PHỤ LỤC 02 TT12.docx]1 bản chínhBản sao CCCD0 bản chính,1 bản sao',
    );
    expect(docs).toEqual([
      {
        group: null,
        name: 'Tờ khai đăng ký',
        forms: ['PHỤ LỤC 02 TT12.docx'],
        originals: 1,
        copies: null,
        quantityText: '1 bản chính',
      },
      {
        group: null,
        name: 'Bản sao CCCD',
        forms: [],
        originals: 0,
        copies: 1,
        quantityText: '0 bản chính,1 bản sao',
      },
    ]);
  });

  it('reports prose without any table instead of inventing documents', () => {
    expect(parseDocumentsDetailed('Người yêu cầu chứng thực nộp 01 (một) bộ hồ sơ')).toEqual({
      documents: [],
      issues: ['no document table found'],
    });
    expect(parseDocuments(null)).toEqual([]);
  });

  describe('splitForms', () => {
    it.each([
      [
        'Đơn đề nghị theo Mẫu số 02 ngày 15/5/2024Mus02.docx',
        'Đơn đề nghị theo Mẫu số 02 ngày 15/5/2024',
        ['Mus02.docx'],
      ],
      [
        'Văn bản đề nghị thực hiện dự án đầu tưMẫu I.1.10.docx',
        'Văn bản đề nghị thực hiện dự án đầu tư',
        ['Mẫu I.1.10.docx'],
      ],
      [
        'Tờ khai (mẫu NC14) của Bộ Công an.NC14 (1).doc',
        'Tờ khai (mẫu NC14) của Bộ Công an.',
        ['NC14 (1).doc'],
      ],
      ['Giấy đề nghị theo mẫuTK 1.010702.docx', 'Giấy đề nghị theo mẫu', ['TK 1.010702.docx']],
      ['Bản sao giấy phép', 'Bản sao giấy phép', []],
    ])('%j', (cell, name, forms) => {
      expect(splitForms(cell)).toEqual({ name, forms });
    });
  });
});
