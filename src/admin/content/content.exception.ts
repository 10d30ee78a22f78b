import { HttpStatus } from '@nestjs/common';
import { AppException } from '../../common/app.exception';
import type { FlowProblem } from '../../dialogue/flows/flow.types';
import { formatProblem } from '../../dialogue/flows/flow-problem';

export class ContentException extends AppException {
  static notFound(what: string): ContentException {
    return new ContentException('content_not_found', `Không tìm thấy ${what}.`, HttpStatus.NOT_FOUND);
  }

  static invalidEdit(message: string): ContentException {
    return new ContentException('content_invalid_edit', message, HttpStatus.BAD_REQUEST);
  }

  static noDraft(): ContentException {
    return new ContentException('content_no_draft', 'Chưa có bản nháp nào để xuất bản.', HttpStatus.CONFLICT);
  }

  /** Publishing a draft that fails the checks: every problem, as flows:check prints them. */
  static checksFailed(errors: FlowProblem[]): ContentException {
    return new ContentException(
      'content_check_failed',
      `Bản nháp có ${errors.length} lỗi, chưa xuất bản: ${errors.slice(0, 3).map(formatProblem).join('; ')}`,
      HttpStatus.CONFLICT,
      errors.map(formatProblem),
    );
  }

  private constructor(code: string, message: string, status: HttpStatus, details?: unknown) {
    super(code, message, status, details);
  }
}
