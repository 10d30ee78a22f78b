import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROJECT_ROOT } from '../../config/paths';
import type { StaffPrincipal } from '../auth/staff-principal';
import { ROLE_LABEL, roleAllows, type StaffRole } from '../auth/staff-role';

type Page = Handlebars.TemplateDelegate<object>;

const DIR = join(PROJECT_ROOT, 'templates', 'admin');

/** Menu entries and the roles that see them. */
const NAV: { href: string; label: string; roles: StaffRole[] }[] = [
  { href: '/admin/content', label: 'Nội dung FAQ', roles: ['editor'] },
  { href: '/admin/unanswered', label: 'Câu hỏi chưa trả lời', roles: ['editor'] },
  { href: '/admin/inbox', label: 'Hộp yêu cầu', roles: ['agent'] },
  { href: '/admin/reports', label: 'Báo cáo', roles: ['viewer'] },
  { href: '/admin/users', label: 'Tài khoản', roles: ['admin'] },
  { href: '/admin/audit', label: 'Nhật ký', roles: ['admin'] },
];

/** Request statuses as agents read them. */
export const STATUS_LABEL: Record<string, string> = {
  new: 'Mới',
  in_progress: 'Đang xử lý',
  done: 'Đã xong',
};

const vnTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The staff pages: templates/admin/*.hbs in their own Handlebars instance with HTML escaping on
 * (these pages show citizens' text), compiled once at start, each inside layout.hbs.
 */
@Injectable()
export class PageRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly pages = new Map<string, Page>();

  constructor() {
    const hb = this.handlebars;
    hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    hb.registerHelper(
      'json',
      (value: unknown) =>
        // Safe inside <script type="application/json">: no "</script>" can close the element.
        new hb.SafeString(JSON.stringify(value ?? null).replace(/</g, '\\u003c')),
    );
    hb.registerHelper('time', (value: unknown) =>
      value ? vnTime.format(new Date(value as string | Date)) : '—',
    );
    hb.registerHelper('statusLabel', (status: string) => STATUS_LABEL[status] ?? status);
    hb.registerHelper('roleLabel', (role: StaffRole) => ROLE_LABEL[role] ?? role);
    hb.registerHelper('lines', (items: unknown) => (Array.isArray(items) ? items.join('\n') : ''));
    for (const file of readdirSync(join(DIR, 'partials')).filter((f) => f.endsWith('.hbs')))
      hb.registerPartial(basename(file, '.hbs'), readFileSync(join(DIR, 'partials', file), 'utf8'));
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.hbs')))
      this.pages.set(
        basename(file, '.hbs'),
        hb.compile(readFileSync(join(DIR, file), 'utf8'), { strict: false }),
      );
  }

  /** A whole page for a signed-in member (the menu shows what their role may open). */
  render(name: string, staff: StaffPrincipal | null, title: string, data: object = {}): string {
    const page = this.pages.get(name);
    if (!page) throw new Error(`unknown page: ${name}`);
    const nav = staff ? NAV.filter((n) => roleAllows(staff.role, n.roles)) : [];
    const context = { ...data, staff, title, nav, csrf: staff?.csrfToken ?? '' };
    return this.pages.get('layout')!({ ...context, body: new this.handlebars.SafeString(page(context)) });
  }
}
