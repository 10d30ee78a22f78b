import type { NoteRow, RequestRow } from './inbox.repository';
import { PREVIEW_CHARS, toNote, toSummary } from './inbox-view.mapper';

const at = new Date('2026-11-22T02:00:00Z');
const request = (content: string | null, contactPhone: string | null = null): RequestRow => ({
  id: 7,
  reference: 'PA-20261122-4821',
  kind: 'complaint',
  channel: 'zalo',
  userId: '6213917431257410123',
  status: 'new',
  content,
  contactPhone,
  assignee: null,
  createdAt: at,
  updatedAt: at,
});
const reply = (delivery: NoteRow['delivery']): NoteRow => ({
  id: 1,
  kind: 'reply',
  text: 'Chào bạn',
  author: 'agent.one',
  authorId: 3,
  authorDisplayName: 'Cán bộ Một',
  createdAt: at,
  delivery,
});

describe('inbox views', () => {
  it('masks phone numbers in the list, in the contact field and in the content', () => {
    const view = toSummary(request('Đường hỏng, gọi tôi 0912 345 678 ạ', '0912345678'));
    expect(view.contactPhone).toBe('09******78');
    expect(toSummary(request('x', '12ab')).contactPhone).toBe('****');
    expect(view.preview).not.toMatch(/345/);
    expect(view.preview).toContain('Đường hỏng, gọi tôi');
    expect(view).not.toHaveProperty('userId');
  });

  it('cuts the preview to one line of PREVIEW_CHARS', () => {
    const view = toSummary(request(`Dòng một\n\n${'chữ '.repeat(100)}`));
    expect(view.preview!.length).toBe(PREVIEW_CHARS);
    expect(view.preview).toMatch(/^Dòng một chữ/);
    expect(view.preview!.endsWith('…')).toBe(true);
    expect(toSummary(request(null)).preview).toBeNull();
  });

  it('gives a reply three delivery states: pending, sent, dead', () => {
    const state = (s: NonNullable<NoteRow['delivery']>['state']) =>
      toNote(reply({ state: s, lastError: null, attempts: 1, sentAt: null })).delivery?.state;
    expect(['pending', 'sending', 'sent', 'dead', 'skipped'].map((s) => state(s as never))).toEqual([
      'pending',
      'pending',
      'sent',
      'dead',
      'dead',
    ]);
    expect(toNote(reply(null)).delivery).toMatchObject({ state: 'dead' });
    expect(toNote({ ...reply(null), kind: 'note' })).not.toHaveProperty('delivery');
  });
});
