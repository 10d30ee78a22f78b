import { dossierRowsFromCsv } from './dossier-csv';

describe('dossierRowsFromCsv', () => {
  it('reads the API field names and the Vietnamese headers, leaving empty cells out', () => {
    const rows = dossierRowsFromCsv(
      'ma_ho_so,trang_thai,nguoi_nop,han_tra\n000.00.12.H41-250312-0007,Đang xử lý,"Nguyễn Văn An",\n000.00.12.H41-250312-0008,returned,,2025-03-17',
    );
    expect(rows).toEqual([
      {
        line: 2,
        item: { code: '000.00.12.H41-250312-0007', status: 'Đang xử lý', applicantName: 'Nguyễn Văn An' },
      },
      { line: 3, item: { code: '000.00.12.H41-250312-0008', status: 'returned', dueAt: '2025-03-17' } },
    ]);
  });

  it('ignores unknown columns', () => {
    expect(dossierRowsFromCsv('code,status,ghi_chu\nX-250101-0001,received,abc')[0].item).toEqual({
      code: 'X-250101-0001',
      status: 'received',
    });
  });
});
