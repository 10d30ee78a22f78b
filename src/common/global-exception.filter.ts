import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { AppException } from './app.exception';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Vietnamese messages for the 4xx errors Fastify raises before a controller runs. */
const FRAMEWORK_MESSAGES: Record<number, [string, string]> = {
  400: ['bad_request', 'Yêu cầu không hợp lệ (kiểm tra lại định dạng JSON).'],
  404: ['not_found', 'Không tìm thấy địa chỉ này.'],
  405: ['method_not_allowed', 'Phương thức không được hỗ trợ.'],
  413: ['payload_too_large', 'Nội dung gửi lên quá lớn.'],
  415: ['unsupported_media_type', 'Định dạng nội dung không được hỗ trợ (hãy gửi application/json).'],
};

/**
 * The one global filter: every error leaves as JSON with a code and a Vietnamese message; a 5xx is
 * logged with an error id that the caller also gets, and never shows a stack trace.
 */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(GlobalExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const status = this.statusOf(exception);
    // A 503 we raise on purpose (a partner such as Zalo unreachable) says so; anything else 5xx is a fault.
    const deliberate = exception instanceof AppException && status === HttpStatus.SERVICE_UNAVAILABLE;
    if (status >= 500 && !deliberate) {
      const errorId = randomUUID();
      this.logger.error({ errorId, err: exception }, 'unhandled error');
      void reply.status(status).type(JSON_TYPE).send({
        statusCode: status,
        error: 'internal_error',
        message: 'Hệ thống đang gặp sự cố, vui lòng thử lại sau.',
        errorId,
      });
      return;
    }
    // Set the type: a route that answers HTML (or a header set before the error) must still send JSON.
    void reply.status(status).type(JSON_TYPE).send(this.clientBody(exception, status));
  }

  private statusOf(exception: unknown): number {
    if (exception instanceof HttpException) return exception.getStatus();
    const code = (exception as { statusCode?: unknown })?.statusCode;
    return typeof code === 'number' && code >= 400 && code < 600 ? code : HttpStatus.INTERNAL_SERVER_ERROR;
  }

  private clientBody(exception: unknown, status: number): object {
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'error' in body && this.isOurs(body)) return body;
    }
    const [error, message] = FRAMEWORK_MESSAGES[status] ?? ['client_error', 'Yêu cầu không hợp lệ.'];
    return { statusCode: status, error, message };
  }

  /** Our AppException bodies carry a snake_case code; Nest's built-ins carry English prose. */
  private isOurs(body: object): boolean {
    const error = (body as { error?: unknown }).error;
    return typeof error === 'string' && /^[a-z_]+$/.test(error);
  }
}
