import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * Base of every feature's exception: a stable machine code for API callers and a Vietnamese
 * message a citizen or staff member can read. Features subclass it (`catalog.exception.ts`, …).
 */
export class AppException extends HttpException {
  constructor(
    readonly code: string,
    readonly messageVi: string,
    status: HttpStatus,
    readonly details?: unknown,
  ) {
    super({ statusCode: status, error: code, message: messageVi, ...(details ? { details } : {}) }, status);
  }
}

export class RequestValidationException extends AppException {
  constructor(details: string[]) {
    super('invalid_request', `Yêu cầu không hợp lệ: ${details.join('; ')}`, HttpStatus.BAD_REQUEST, details);
  }
}
