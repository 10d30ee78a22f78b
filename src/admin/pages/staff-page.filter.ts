import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffRequest } from '../auth/staff-roles.decorator';
import { PageRenderer } from './page-renderer.service';

/**
 * Errors on staff pages become pages: no session → the login page (coming back afterwards); a
 * refused role, a bad form or a failed check → a page that says why in Vietnamese, with the status.
 */
@Catch()
export class StaffPageFilter implements ExceptionFilter {
  private readonly logger = new Logger(StaffPageFilter.name);

  constructor(private readonly pages: PageRenderer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest & StaffRequest>();
    const reply = http.getResponse<FastifyReply>();
    const status =
      exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status === HttpStatus.UNAUTHORIZED) {
      const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.url)}` : '';
      void reply.status(303).header('location', `/admin/login${next}`).send();
      return;
    }
    let message = 'Có lỗi xảy ra. Vui lòng thử lại sau.';
    let details: string[] = [];
    if (exception instanceof HttpException) {
      const body = exception.getResponse() as { message?: unknown; details?: unknown };
      if (typeof body?.message === 'string') message = body.message;
      if (Array.isArray(body?.details)) details = body.details.map(String);
    } else {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    const back = backLink(request.headers.referer);
    void reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .send(
        this.pages.render('error', request.staff ?? null, 'Không thực hiện được', {
          status,
          message,
          details,
          back,
        }),
      );
  }
}

/** "Quay lại" goes to the staff page the form came from; a foreign or malformed Referer goes home. */
function backLink(referer: string | undefined): string {
  try {
    const path = new URL(referer ?? '', 'http://localhost').pathname;
    return path.startsWith('/admin') ? path : '/admin';
  } catch {
    return '/admin';
  }
}
