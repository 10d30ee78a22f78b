import { join } from 'node:path';
import { fromRoot, PROJECT_ROOT } from '../../config/paths';
import { TemplateService } from '../../templates/template.service';
import { loadFlowCatalog } from './flow-loader';
import { FlowMatcher } from './flow-matcher';
import { formatProblem } from './flow-problem';
import { FlowRunner } from './flow-runner';
import { readTemplates, validateFlows } from './flow-validator';
import { SYSTEM_TEMPLATES } from './flow.constants';

/** The shipped flows/ folder against the shipped templates: what staff start from must be clean. */
const templateDir = join(PROJECT_ROOT, 'templates', 'vi');
const sources = readTemplates(templateDir);
const catalog = loadFlowCatalog(fromRoot('flows'), new Set(sources.keys()));
const templates = new TemplateService(templateDir);

describe('seed flows', () => {
  it('validate with no errors and no warnings', () => {
    const { errors, warnings } = validateFlows(fromRoot('flows'), new Set(sources.keys()), sources);
    expect([...errors, ...warnings].map(formatProblem)).toEqual([]);
  });

  it('cover the topics the assistant promises', () => {
    expect([...catalog.faqs.keys()].sort()).toEqual(
      [
        'gio-lam-viec',
        'ho-so-qua-han',
        'nop-qua-cong',
        'nop-qua-vneid',
        'nop-truc-tuyen',
        'quyen-rieng-tu',
        'thanh-toan-phi',
        'tra-cuu-ho-so',
        'tro-giup',
      ].sort(),
    );
    expect([...catalog.flows.keys()].sort()).toEqual(['gap-can-bo', 'phan-anh']);
  });

  it('render every template in both formats without leftovers, with the variables filled in', () => {
    const runner = new FlowRunner(catalog);
    const data = {
      ...catalog.vars,
      noi_dung: 'Nội dung <thử>',
      so_dien_thoai: '0912345678',
      reference: 'PA-1',
    };
    const used = [
      ...[...catalog.faqs.values()].map((f) => f.template),
      ...[...catalog.flows.values()].flatMap((f) => [...f.steps.values()].map((s) => s.template)),
      ...Object.values(SYSTEM_TEMPLATES),
    ];
    for (const name of used) {
      for (const format of ['plain', 'html'] as const) {
        const text = templates.render(name, { ...data, options: [{ number: 1, label: 'Gửi' }] }, format);
        expect({ name, ok: text.length > 20 && !/\{\{|\}\}|undefined|\[object/.test(text) }).toEqual({
          name,
          ok: true,
        });
      }
    }
    const hours = templates.render('faq-gio-lam-viec', runner.answerFaq('gio-lam-viec').replies[0].data);
    expect(hours).toContain(catalog.vars.gio_lam_viec);
    expect(hours).toContain('https://dichvucong.gov.vn');
    expect(hours).not.toContain('Số điện thoại liên hệ'); // empty until staff fill it in
  });

  it('show the complaint reference only once the engine has one', () => {
    const base = { ...catalog.vars, noi_dung: 'x' };
    expect(templates.render('flow-phan-anh-da-gui', { ...base, reference: 'PA-20261122-4821' })).toContain(
      'mã PA-20261122-4821',
    );
    expect(templates.render('flow-phan-anh-da-gui', base)).not.toContain('mã');
  });

  it('are reached by what citizens type', () => {
    const matcher = new FlowMatcher(catalog);
    const cases: [string, string][] = [
      ['cho mình hỏi mấy giờ phường mở cửa ạ', 'gio-lam-viec'],
      ['thu 7 co lam viec ko', 'gio-lam-viec'],
      ['làm sao nộp hồ sơ online', 'nop-truc-tuyen'],
      ['nop ho so qua vneid', 'nop-qua-vneid'],
      ['thanh toán lệ phí online thế nào', 'thanh-toan-phi'],
      ['hồ sơ của tôi quá hạn rồi', 'ho-so-qua-han'],
      ['kiem tra ho so', 'tra-cuu-ho-so'],
      ['mình muốn gửi góp ý', 'phan-anh'],
      ['có người thật không', 'gap-can-bo'],
      ['quyền riêng tư', 'quyen-rieng-tu'],
      ['bạn giúp được gì', 'tro-giup'],
    ];
    expect(cases.map(([text]) => [text, matcher.match(text)?.id])).toEqual(cases);
    expect(matcher.match('đăng ký khai sinh cần giấy tờ gì')).toBeNull();
    expect(matcher.match('dang ky khai sinh can giay to gi')).toBeNull();
  });
});
