import { join } from 'node:path';
import { familyKey } from '../catalog/search/procedure-family';
import { searchDocumentsFromFile } from '../catalog/search/seed-documents';
import { PROJECT_ROOT } from '../config/paths';
import { NluEngine } from './nlu-engine';
import { Synonyms } from './synonyms';

/**
 * Citizen messages written for this spec (not from the evaluation set), against the real
 * shipped catalog: how people type on phones, with and without diacritics.
 */
describe('NluEngine on the real catalog', () => {
  const documents = searchDocumentsFromFile(join(PROJECT_ROOT, 'data', 'catalog.jsonl.gz'));
  const engine = NluEngine.build({ documents });
  // The rules on names alone, as for a procedure staff have written no phrases for.
  const shipped = Synonyms.fromFile(join(PROJECT_ROOT, 'intents', 'synonyms.yaml'));
  shipped.procedurePhrases.clear();
  const namesOnly = NluEngine.build({ documents, synonyms: shipped });

  it("knows every procedure staff's phrases name, and gives no phrase to two procedures", () => {
    const phrases = Synonyms.fromFile(join(PROJECT_ROOT, 'intents', 'synonyms.yaml')).procedurePhrases;
    expect(phrases.size).toBeGreaterThan(400);
    expect([...phrases.keys()].filter((code) => !engine.search.document(code))).toEqual([]);
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const [code, list] of phrases)
      for (const p of list) {
        const key = p.map((t) => t.folded).join(' ');
        if (owner.has(key) && owner.get(key) !== code) shared.push(key);
        owner.set(key, code);
      }
    expect(shared).toEqual([]);
  });

  it.each([
    ['lam lai cccd bi mat o dau', ['1.014064', '2.001194', '1.000757']],
    ['em muốn đăng ký kết hôn thì cần giấy tờ gì', ['1.000894']],
    ['so do bi mat lam lai the nao', ['1.012786']],
    ['dangw kys khai sinh cho con', ['1.001193']],
    ['thu tuc dang ki tam tru cho nguoi thue tro', ['1.004194']],
    ['làm hộ chiếu lần đầu', ['1.001456', '1.001471']],
    ['cấp lại bằng lái xe', ['3.000348']],
    ['xin giấy xác nhận độc thân', ['1.004873']],
    ['khai tử cho bố', ['1.000656']],
    ['chuyển hộ khẩu về nhà vợ', ['1.004222']],
    ['mở hộ kinh doanh bán tạp hóa', ['1.001612']],
    // An ordinary transfer is a change registered on the certificate (staff's phrases say so).
    ['sang tên sổ đỏ', ['1.013831']],
    // Staff's phrases for how citizens ask (names alone place none of these first).
    ['the can cuoc cua e bi gay lam sao', ['1.014063', '2.001195', '1.000889']],
    ['ra ở riêng muốn tách khẩu', ['1.010038']],
    ['bố mẹ cho tôi mảnh đất, giờ sang tên thế nào', ['1.013831']],
    ['tach so do', ['1.012784']],
    ['kết hôn'.normalize('NFD'), ['1.000894']],
    ['Thủ tục đăng ký khai sinh cần giấy tờ gì?', ['1.001193']],
    ['sang tên xe máy cho người nhà', ['1.013076']],
    ['khóa tài khoản vneid khi bị mất điện thoại', ['3.000276', '3.000271']],
    ['cấp lại sổ bhxh bị mất', ['1.002759']],
    ['gia han giay phep hoat dong do dac ban do', ['1.000082']],
    ['khai báo tạm trú cho khách nước ngoài ở homestay', ['1.000253', '1.001437']],
    ['trình báo mất hộ chiếu ở xã', ['1.010386']],
    ['đăng ký xe mới mua', ['1.013066', '1.012575', '1.013067']],
    ['xin cấp chứng thư số', ['1.000852']],
    ['con ngoài giá thú muốn ghi tên cha vào giấy khai sinh', ['1.000689', '1.001022']],
    ['mở cửa hàng gas có cần giấy antt không', ['2.001478', '1.003204']],
    ['dang ky van ban IDERA', ['1.003398']],
    // A passport is not renewed: an expired one is replaced by a new one.
    ['gia hạn hộ chiếu hết hạn', ['1.001456', '1.001471']],
    ['đăng ký xe máy mới mua', ['1.013066', '1.012575', '1.013067']],
    // "Đính chính" and "khôi phục" are actions a citizen who does not name them is not asking for.
    // …and a citizen who names no organisation files for their household, not for one.
    ['làm sổ đỏ lần đầu cần giấy tờ gì', ['1.013978']],
    ['đăng ký mã số thuế cá nhân', ['1.008498']],
    ['trích lục kết hôn', ['2.000635']],
    ['giấy khai sinh bị sai ngày tháng năm sinh sửa thế nào', ['1.004859', '1.004884']],
    // The household book is no longer valid: residence is confirmed instead.
    ['làm lại sổ hộ khẩu bị mất', ['1.010041']],
    ['thế chấp sổ đỏ vay ngân hàng', ['1.011441']],
    ['e ms sinh em bé, lm giấy ks ntn ạ', ['1.001193']],
    ['dky tam tru online tren dvc', ['1.004194']],
    // A new colour means a new registration certificate; a scrapped vehicle's registration is withdrawn.
    ['xe may nha em muon son mau khac thi co phai lam lai giay to k', ['1.013079']],
    ['xe máy đã thanh lý, nộp lại biển số ở đâu', ['1.013065', '1.013123']],
    // Personal data in the national population database, and papers integrated into the ID card.
    ['thong tin tren vneid bi sai ngay sinh thi sua o dau', ['1.012564', '1.014066']],
    ['tich hop bang lai vao can cuoc', ['1.014060']],
    // Fingerprinting (lăn tay) is a step of the ID card, nothing else.
    ['bi mat the roi di lam lai co phai lan tay nua ko', ['1.014064', '2.001194', '1.000757']],
    // Losing a paper means asking for it again, though the citizen never says "cấp lại".
    ['mất thẻ căn cước', ['1.014064', '2.001194', '1.000757']],
    ['sổ đỏ bị mất', ['1.012786']],
    // "Mất" before a sum or a span is what it costs or takes, not a lost paper to issue again.
    ['làm bằng lái xe mất tổng bao nhiêu tiền', ['3.000346']],
    ['đăng ký kết hôn mất khoảng mấy ngày', ['1.000894']],
    // An action asked for ("làm lại") ranks the sibling that states it above the plain one.
    ['đăng ký lại hộ kinh doanh', ['2.000575']],
    ['bến thủy nội địa xin làm lại giấy công bố', ['1.003658']],
    // A foreign spouse or parent, named by nationality, makes it a matter with a foreign element.
    ['sắp cưới chồng người Đài Loan, đăng ký kết hôn ở đâu', ['2.000806']],
    ['dang ky khai sinh cho be, bo be la nguoi han quoc', ['2.000528']],
    // A shop closed for good ends its household business; one closed for a while pauses it.
    ['tiem tap hoa nha toi muon dong cua han', ['1.001266']],
    ['đóng giấy phép kinh doanh hộ cá thể', ['1.001266']],
    ['tạm đóng cửa tiệm 2 tháng có phải báo không', ['1.001570']],
    // A river boat (sà lan, ghe máy) is an inland waterway vehicle.
    ['đăng ký sà lan chở cát lần đầu', ['1.004088', '1.004047']],
    // How long a paper stays valid is a question, not a request to renew it.
    ['giấy phép xây dựng thời hạn hiệu lực bao nhiêu tháng', ['1.013225']],
    // Torn or burnt banknotes are exchanged by the State Bank.
    ['tờ tiền 200 nghìn bị rách một góc thì đổi ở đâu', ['2.001077']],
    // A contract (hợp đồng, hđ) is a "giao dịch" in the certification procedure's name.
    ['chứng thực hđ mua bán nhà', ['2.001035']],
  ])('%s → %j first', (text, codes) => {
    expect(codes).toContain(engine.understand(text).procedures[0]);
  });

  it("asks, not answers, when the message names another action in the name's place", () => {
    // The catalog has the licence to transport industrial explosives, not the one to use them.
    const u = engine.understand('cấp giấy phép sử dụng vật liệu nổ công nghiệp');
    expect(u.procedures[0]).toBe('1.013425');
    expect(u.answer).toBe('clarify');
  });

  it('reads "lệ phí" inside "lệ phí trước bạ" as the procedure, not as asking the fee', () => {
    const u = engine.understand('lệ phí trước bạ nhà đất khai ở đâu');
    expect(u.procedures[0]).toBe('1.007277'); // Khai lệ phí trước bạ nhà, đất
    expect(u.search.hits[0].nameCoverage).toBeGreaterThan(0.5);
    expect(engine.understand('thue truoc ba nha dat nop o dau')).toMatchObject({
      answer: 'procedure',
      procedures: expect.arrayContaining(['1.007277']),
    });
  });

  it('asks, not answers, when the name is limited to a case the message never states', () => {
    const inbound = engine.understand(
      'nhà đầu tư hàn quốc xin giấy chứng nhận đăng ký đầu tư cho dự án không thuộc diện chấp thuận chủ trương đầu tư',
    );
    expect(inbound.answer).toBe('clarify'); // the best name is "… đầu tư ra nước ngoài …"
    expect(inbound.procedures.slice(0, 5)).toContain('1.009664'); // Cấp Giấy chứng nhận đăng ký đầu tư
    // A shorter case said inside the name's ("đổi" in "cấp đổi") states it.
    const [renew] = engine.searchText('đổi thẻ căn cước ở đâu').hits;
    expect(renew).toMatchObject({ code: '1.014063', unaskedCases: 0 });
    expect(engine.understand('đổi thẻ căn cước ở đâu').answer).toBe('procedure');
  });

  it('asks, not answers, when the message names another object where the name ends', () => {
    // The catalog has the veterinary practising certificate, not a pharmacist's.
    const u = engine.understand('gia hạn chứng chỉ hành nghề dược');
    expect(u.procedures[0]).toBe('2.001064'); // Gia hạn Chứng chỉ hành nghề thú y
    expect(u.answer).toBe('clarify');
    expect(engine.understand('gia hạn chứng chỉ hành nghề thú y').answer).toBe('procedure');
  });

  it('asks, not answers, when a lost paper meets a name that does not issue it again', () => {
    const u = namesOnly.understand('mat bang lai xe o to');
    expect(u.answer).toBe('clarify');
    expect(u.procedures.slice(0, 3)).toContain('3.000348'); // Cấp lại giấy phép lái xe
    // Staff's phrases ("mất bằng lái") name the procedure that issues it again: that is answered.
    expect(engine.understand('mat bang lai xe o to')).toMatchObject({
      answer: 'procedure',
      procedures: expect.arrayContaining(['3.000348']),
    });
    expect(engine.understand('mat bang lai xe o to').procedures[0]).toBe('3.000348');
  });

  it('ranks the re-issue first for a renewal the catalog has no "gia hạn" procedure for, and asks', () => {
    // Kiểm toán has "Cấp" (cấp mới), "Cấp lại" and "Cấp … (điều chỉnh)", no "Gia hạn".
    const u = namesOnly.understand('gia hạn giấy chứng nhận đăng ký hành nghề kiểm toán');
    expect(u.procedures[0]).toBe('1.007632'); // Đăng ký cấp lại …
    expect(u.answer).toBe('clarify');
    // Where a "Gia hạn" procedure exists, it stays first and is answered.
    const renewal = namesOnly.understand('gia hạn tạm trú');
    expect(renewal.procedures[0]).toBe('1.002755'); // Gia hạn tạm trú
    expect(renewal.answer).toBe('procedure');
  });

  it('reads no case into a colloquial phrase: unaccented "bang lai" is not "lại"', () => {
    const [best] = engine.searchText('doi bang lai xe o to').hits;
    expect(best).toMatchObject({ code: '3.000347', missingCases: 0 }); // Đổi giấy phép lái xe
  });

  it('reads no re-issue into a "lại" that means "again": "sửa lại", "kiểm tra lại"', () => {
    const fix = engine.understand('sổ đỏ ghi sai diện tích, sửa lại ở đâu').procedures;
    expect(fix[0]).toBe('1.012790'); // Đính chính Giấy chứng nhận đã cấp
    expect(fix.slice(0, 3)).not.toContain('1.012786'); // Cấp lại Giấy chứng nhận do bị mất
    const check = engine.searchText('kiểm tra lại hồ sơ đăng ký kết hôn').hits;
    expect(check.slice(0, 3).map((h) => h.code)).not.toContain('1.004746'); // Đăng ký lại kết hôn
    // "thanh toán lại" is a refund, asked of "Thanh toán trực tiếp chi phí khám, chữa bệnh BHYT".
    const [refund] = engine.searchText('khám bệnh trái tuyến tự trả tiền, bhxh có thanh toán lại không').hits;
    expect(refund).toMatchObject({ code: '1.001656', missingCases: 0 });
    // "để lại" is to leave (a house to one's children), not to issue again.
    const will = engine.understand('mẹ tôi muốn lập di chúc để lại nhà cho con, chứng thực ở xã được không');
    expect(will).toMatchObject({ answer: 'procedure', procedures: expect.arrayContaining(['2.001019']) });
    expect(will.procedures[0]).toBe('2.001019'); // Chứng thực di chúc
  });

  it('keeps the right procedure among the choices when it cannot be sure', () => {
    expect(engine.understand('đổi tên cho con').procedures.slice(0, 3)).toContain('1.004859');
  });

  it('offers different procedures first, not one procedure at several levels', () => {
    const names = engine
      .understand('làm hộ chiếu cho trẻ em')
      .procedures.slice(0, 3)
      .map((c) => familyKey(engine.search.document(c)!.name));
    expect(new Set(names).size).toBe(3);
  });

  it('answers a clear question, asks about a vague one', () => {
    expect(engine.understand('em muốn đăng ký kết hôn thì cần giấy tờ gì').answer).toBe('procedure');
    const vague = engine.understand('giấy phép');
    expect(vague.answer).toBe('clarify');
    expect(vague.procedures.length).toBeGreaterThanOrEqual(3);
  });

  it('asks, not answers, when the best name lacks the action asked for', () => {
    const u = namesOnly.understand('gia hạn visa cho người nước ngoài');
    expect(u.answer).toBe('clarify');
    expect(u.procedures.slice(0, 3)).toContain('1.001146'); // Gia hạn tạm trú cho người nước ngoài
  });

  it('does not offer procedures for small talk or off-topic questions', () => {
    expect(engine.understand('xin chào')).toMatchObject({ finalIntent: 'greeting', answer: 'none' });
    expect(engine.understand('đá bóng tối nay mấy giờ')).toMatchObject({
      finalIntent: 'out_of_scope',
      answer: 'none',
    });
  });

  it('tells money the state pays ("hỗ trợ mai táng") from asking a person for help', () => {
    expect(engine.understand('hỗ trợ tiền mai táng cho người mất').finalIntent).toBe('procedure');
    expect(engine.understand('cần hỗ trợ gấp').finalIntent).toBe('human_handoff');
    expect(engine.understand('cho tôi gặp người hỗ trợ').finalIntent).toBe('human_handoff');
  });

  it('reads "bằng xe máy" as a licence only after a verb that makes it one', () => {
    // "chở hàng bằng xe máy" is by motorbike: nothing in the catalog to answer with.
    expect(engine.understand('chở hàng bằng xe máy có bị phạt không').answer).not.toBe('procedure');
    expect(engine.understand('đi bằng ô tô lên tỉnh nộp hồ sơ được không').answer).toBe('none');
    expect(engine.understand('thi bằng xe máy cần gì').procedures[0]).toBe('3.000346'); // Cấp GPLX
    expect(engine.understand('mất bằng xe máy làm lại ở đâu').procedures[0]).toBe('3.000348'); // Cấp lại
  });

  it('offers both social-housing procedures to one who wants to buy, the named one first', () => {
    const u = engine.understand('đăng ký mua nhà ở xã hội');
    expect(u.answer).toBe('clarify');
    expect(u.procedures[0]).toBe('1.014632'); // Đăng ký mua, thuê mua, thuê nhà ở xã hội … (xã)
    expect(u.procedures.slice(0, 3)).toContain('1.115150'); // bán, cho thuê mua … theo dự án
  });

  it('routes a message with a dossier code to the lookup', () => {
    const u = engine.understand('tra giúp hồ sơ 000.00.12.H41-250312-0007');
    expect(u).toMatchObject({ finalIntent: 'dossier_status', dossierCodes: ['000.00.12.H41-250312-0007'] });
  });
});
