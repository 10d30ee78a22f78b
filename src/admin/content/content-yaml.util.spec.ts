import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { PROJECT_ROOT } from '../../config/paths';
import { addFaq, addProcedurePhrase, addSynonym, hasFaq, setFaqTriggers, setVar } from './content-yaml.util';
import { Synonyms } from '../../nlu/synonyms';

const chung = readFileSync(join(PROJECT_ROOT, 'flows', 'chung.yaml'), 'utf8');
const synonyms = readFileSync(join(PROJECT_ROOT, 'intents', 'synonyms.yaml'), 'utf8');
type Flows = { faq: { id: string; triggers: string[]; template: string }[]; vars: Record<string, string> };

describe('content YAML edits', () => {
  it('changes one FAQ entry and keeps the comments staff read', () => {
    const edited = setFaqTriggers(chung, 'tro-giup', ['giờ làm việc', 'mấy giờ mở cửa']);
    const parsed = yaml.load(edited) as Flows;
    expect(parsed.faq.find((f) => f.id === 'tro-giup')?.triggers).toEqual(['giờ làm việc', 'mấy giờ mở cửa']);
    expect(edited).toContain('# FAQ và luồng hội thoại của trợ lý');
    // Other entries are untouched.
    const before = yaml.load(chung) as Flows;
    expect(parsed.faq.filter((f) => f.id !== 'tro-giup')).toEqual(
      before.faq.filter((f) => f.id !== 'tro-giup'),
    );
    expect(() => setFaqTriggers(chung, 'khong-co', ['x'])).toThrow(/khong-co/);
  });

  it('adds a FAQ entry, also to an empty file', () => {
    const added = addFaq(chung, { id: 'le-phi-moi', triggers: ['lệ phí mới'], template: 'faq-le-phi-moi' });
    expect(hasFaq(added, 'le-phi-moi')).toBe(true);
    expect(yaml.load(addFaq('', { id: 'a', triggers: ['b'], template: 'faq-a' }))).toEqual({
      faq: [{ id: 'a', triggers: ['b'], template: 'faq-a' }],
    });
  });

  it('sets a shared variable and refuses an unknown one', () => {
    const edited = setVar(chung, 'gio_lam_viec', 'Thứ Hai – Thứ Bảy: 7h00 – 17h00');
    expect((yaml.load(edited) as Flows).vars.gio_lam_viec).toBe('Thứ Hai – Thứ Bảy: 7h00 – 17h00');
    expect(() => setVar(chung, 'khong_co', 'x')).toThrow(/khong_co/);
  });

  it('adds a synonym to the group of its meaning, or a new group, once', () => {
    const grouped = addSynonym(synonyms, 'thẻ cc', 'the can cuoc');
    const groups = (yaml.load(grouped) as { synonyms: string[][] }).synonyms;
    expect(groups.find((g) => g[0] === 'thẻ căn cước')).toContain('thẻ cc');
    expect(addSynonym(grouped, 'The CC', 'thẻ căn cước')).toBe(grouped);
    const fresh = addSynonym(synonyms, 'giấy báo tử', 'trích lục khai tử');
    expect((yaml.load(fresh) as { synonyms: string[][] }).synonyms.at(-1)).toEqual([
      'trích lục khai tử',
      'giấy báo tử',
    ]);
    expect(fresh).toContain('# Từ viết tắt');
  });

  it('adds a way of asking for a procedure under its quoted code, once, keeping the rest', () => {
    const added = addProcedurePhrase(synonyms, '1.004220', 'nhập khẩu cho con');
    expect(added).toContain('"1.004220":');
    expect(added).toContain('# Từ viết tắt');
    const again = addProcedurePhrase(added, '1.004220', 'chuyển khẩu về nhà vợ');
    expect(addProcedurePhrase(again, '1.004220', 'Chuyen khau ve nha vo')).toBe(again);
    const parsed = Synonyms.fromText(again, 'test');
    expect(parsed.procedurePhrases.get('1.004220')?.length).toBe(2);
    expect(parsed.groups.length).toBe(Synonyms.fromText(synonyms, 'test').groups.length);
    expect(addProcedurePhrase('', '2.000815', 'sao y bằng đại học')).toBe(
      'procedures:\n  "2.000815":\n    - sao y bằng đại học\n',
    );
  });
});
