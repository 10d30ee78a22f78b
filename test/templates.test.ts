import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config/paths';
import { TemplateService } from '../src/templates/template.service';

/**
 * Every reply template rendered with the same sample data, as plain text (web, Zalo) and as
 * Telegram HTML: the snapshots show staff and reviewers exactly what changes when a template does.
 */
const sample = {
  name: 'Thủ tục <đăng ký> khai sinh & nhận cha, mẹ, con',
  level: 'Cấp xã',
  field: 'Hộ tịch',
  agency: 'Ủy ban nhân dân xã',
  channels: [{ label: 'Trực tiếp', time: '5 Ngày làm việc', fee: 'Miễn phí' }],
  online: true,
  portalUrl: 'https://dichvucong.gov.vn',
  documents: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'],
  moreDocuments: 1,
  detailUrl: 'https://dichvucong.gov.vn/thu-tuc/1',
  groups: [
    {
      title: 'Giấy tờ phải nộp',
      documents: [{ number: 1, name: 'Giấy chứng sinh', quantity: '1 bản chính', forms: '' }],
    },
  ],
  legalBases: [{ number: '123/2015/NĐ-CP', title: 'Nghị định quy định chi tiết Luật Hộ tịch' }],
  results: [{ name: 'Giấy khai sinh' }],
  steps: 'Bước 1: Nộp hồ sơ.',
  conditions: null,
  channelLabels: 'Trực tiếp, Trực tuyến',
  options: [{ label: 'Đăng ký khai sinh (Cấp xã)' }, { label: 'Đăng ký lại khai sinh (Cấp xã)' }],
  limit: 2000,
  codes: ['000.00.12.H41-250312-0007'],
  malformed: [],
  reference: 'PA-20261122-0001',
  text: 'Hồ sơ của bạn đang ở <Bộ phận Một cửa> & sẽ có kết quả trong tuần.',
  hours: 'Thứ Hai – Thứ Sáu',
};

describe('reply templates', () => {
  const templates = new TemplateService();
  const names = readdirSync(join(PROJECT_ROOT, 'templates', 'vi'))
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => f.replace(/\.hbs$/, ''))
    .sort();

  it.each(names)('%s renders the same as before (plain and HTML)', (name) => {
    expect({
      plain: templates.render(name, sample, 'plain'),
      html: templates.render(name, sample, 'html'),
    }).toMatchSnapshot();
  });

  it('escapes for Telegram HTML and leaves plain text alone', () => {
    expect(templates.render('procedure-card', sample, 'html')).toContain(
      'Thủ tục &lt;đăng ký&gt; khai sinh &amp; nhận',
    );
    expect(templates.render('procedure-card', sample, 'plain')).toContain(
      'Thủ tục <đăng ký> khai sinh & nhận',
    );
  });

  it('cannot reach prototypes from a template', () => {
    const hostile = { name: { constructor: { name: 'x' } } };
    expect(() => templates.render('procedure-card', hostile, 'plain')).not.toThrow();
    expect(templates.render('procedure-card', hostile, 'plain')).not.toContain('function');
  });
});
