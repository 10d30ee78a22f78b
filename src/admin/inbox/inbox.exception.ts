import { HttpStatus } from '@nestjs/common';
import { AppException } from '../../common/app.exception';

/** The staff inbox's failures, each with a code for API callers and a Vietnamese reason. */
export class InboxException extends AppException {
  static notFound(id: number): InboxException {
    return new InboxException('request_not_found', `Không có yêu cầu số ${id}.`, HttpStatus.NOT_FOUND);
  }

  static badAssignee(id: number): InboxException {
    return new InboxException(
      'request_bad_assignee',
      `Không giao được cho tài khoản số ${id}: tài khoản không tồn tại, đã bị khóa hoặc không có vai trò xử lý yêu cầu.`,
      HttpStatus.BAD_REQUEST,
    );
  }

  static noAccount(): InboxException {
    return new InboxException(
      'request_no_account',
      'ADMIN_TOKEN không phải tài khoản cán bộ: hãy đăng nhập bằng tài khoản của mình, hoặc ghi rõ mã số cán bộ.',
      HttpStatus.BAD_REQUEST,
    );
  }

  static replyRefused(reason: string): InboxException {
    return new InboxException(
      'request_reply_refused',
      `Không gửi được trả lời lúc này. ${reason}`,
      HttpStatus.CONFLICT,
    );
  }

  private constructor(code: string, message: string, status: HttpStatus) {
    super(code, message, status);
  }
}
