import type { FastifyReply } from 'fastify';

/** Post/redirect/get: after a form, the browser lands on a page that a reload does not resubmit. */
export function seeOther(reply: FastifyReply, location: string): void {
  void reply.status(303).header('location', location).send();
}

/** Only our own pages: a crafted ?next= must not send staff to another site after login. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/admin(\/|$|\?)/.test(next) && !next.startsWith('//')
    ? next
    : '/admin';
}

/** A form's string field ('' when missing). */
export function field(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/** Messages shown after a redirect, by code (never text from the URL, so links cannot put words in our mouth). */
export const OK_MESSAGES: Record<string, string> = {
  saved: 'Đã lưu vào bản nháp.',
  published: 'Đã xuất bản. Người dân thấy nội dung mới trong vài giây.',
  discarded: 'Đã bỏ bản nháp.',
  restored: 'Đã khôi phục. Người dân thấy nội dung này trong vài giây.',
  dismissed: 'Đã bỏ qua nhóm câu hỏi.',
  faq: 'Đã tạo FAQ trong bản nháp: xem thử rồi xuất bản.',
  synonym: 'Đã thêm từ đồng nghĩa vào bản nháp: xuất bản để áp dụng.',
  procedure: 'Đã thêm cách hỏi vào thủ tục trong bản nháp: xuất bản để áp dụng.',
  user: 'Đã lưu tài khoản.',
  request: 'Đã cập nhật yêu cầu.',
  note: 'Đã lưu ghi chú.',
  reply: 'Đã gửi trả lời; trạng thái gửi hiện bên dưới.',
};

export const HTML = 'text/html; charset=utf-8';
