import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp } from './support/app';
import { postJson } from './support/http';

describe('web chat over HTTP', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    ({ app, baseUrl } = await startApp());
  });
  afterAll(async () => app?.close());

  const post = (body: unknown) => postJson(`${baseUrl}/api/chat/messages`, body);

  it('serves the chat page in Vietnamese', async () => {
    const res = await fetch(`${baseUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('name="viewport"');
    expect(html).toContain('/api/chat/messages');
  });

  it('answers a birth-registration question naming the procedure, its fee and documents', async () => {
    const { status, body } = await post({
      userId: 'web-test-1',
      text: 'Thủ tục đăng ký khai sinh cần giấy tờ gì?',
    });
    expect(status).toBe(200);
    expect(body.replies).toHaveLength(1);
    const text: string = body.replies[0].text;
    expect(text).toContain('Thủ tục đăng ký khai sinh');
    expect(text).toContain('Miễn phí');
    expect(text).toContain('Giấy chứng sinh');
    expect(Array.isArray(body.replies[0].buttons)).toBe(true);
  });

  it('answers the same question typed without diacritics', async () => {
    const { body } = await post({ userId: 'web-test-2', text: 'thu tuc dang ky khai sinh can giay to gi' });
    expect(body.replies[0].text).toContain('Thủ tục đăng ký khai sinh');
  });

  it('offers a choice for a vague question and continues with a tapped button', async () => {
    const first = await post({ userId: 'web-test-3', text: 'giấy phép' });
    const button = first.body.replies[0].buttons[0];
    expect(button.payload).toMatch(/^procedure:/);
    const { status, body } = await post({ userId: 'web-test-3', payload: button.payload });
    expect(status).toBe(200);
    expect(body.replies[0].text.toLowerCase()).toContain(
      button.label
        .replace(/ \(.*\)$/, '')
        .replace(/…$/, '')
        .toLowerCase(),
    );
  });

  it('says honestly when nothing in the catalog matches, and offers staff', async () => {
    const { body } = await post({ userId: 'web-test-4', text: 'thủ tục xin visa đi Mỹ du học' });
    expect(body.replies[0].text).toContain('chưa tìm thấy');
    expect(body.replies[0].text).toContain('dichvucong.gov.vn');
    expect(body.replies[0].buttons.map((b: { label: string }) => b.label)).toContain('Gặp cán bộ');
  });

  it('says it did not understand gibberish', async () => {
    const { body } = await post({ userId: 'web-test-4b', text: 'xyzzy qwrtp' });
    expect(body.replies[0].text).toContain('chưa hiểu');
  });

  it('asks again for an empty or emoji-only message', async () => {
    for (const text of ['', '   ', '😀🙏']) {
      const { status, body } = await post({ userId: 'web-test-5', text });
      expect(status).toBe(200);
      expect(body.replies[0].text).toContain('thủ tục nào');
    }
  });

  it('answers a message over 2,000 characters politely', async () => {
    const { status, body } = await post({ userId: 'web-test-6', text: 'khai sinh '.repeat(250) });
    expect(status).toBe(200);
    expect(body.replies[0].text).toContain('dài quá 2000 ký tự');
  });

  it('refuses malformed JSON with 400 and a Vietnamese reason, no stack trace', async () => {
    const { status, body } = await post('{"userId": "x", "text": ');
    expect(status).toBe(400);
    expect(body.message).toMatch(/không hợp lệ/);
    expect(JSON.stringify(body)).not.toMatch(/\bat \S+:\d+/);
  });

  it.each([
    [{ text: 'xin chào' }, 'userId'],
    [{ userId: 'a b', text: 'x' }, 'userId'],
    [{ userId: 'web-1' }, 'text'],
    [{ userId: 'web-1', text: 42 }, 'text'],
  ])('refuses a bad body %j with 400 naming %s', async (body, field) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(field);
  });

  it('refuses a body larger than the limit with 413', async () => {
    const res = await post({ userId: 'web-7', text: 'a'.repeat(300_000) });
    expect(res.status).toBe(413);
    expect(res.body.message).toContain('quá lớn');
  });
});
