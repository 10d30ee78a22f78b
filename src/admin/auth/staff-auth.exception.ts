import { HttpStatus } from '@nestjs/common';
import { AppException } from '../../common/app.exception';

export class StaffAuthException extends AppException {
  static unauthenticated(): StaffAuthException {
    return new StaffAuthException(
      'staff_auth_required',
      'Cần đăng nhập (phiên làm việc hoặc Authorization: Bearer …).',
      HttpStatus.UNAUTHORIZED,
    );
  }

  static badCredentials(): StaffAuthException {
    return new StaffAuthException(
      'staff_bad_credentials',
      'Sai tên đăng nhập hoặc mật khẩu.',
      HttpStatus.UNAUTHORIZED,
    );
  }

  static locked(minutes: number): StaffAuthException {
    return new StaffAuthException(
      'staff_locked',
      `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${minutes} phút hoặc nhờ quản trị viên mở khóa.`,
      HttpStatus.LOCKED,
    );
  }

  static forbidden(): StaffAuthException {
    return new StaffAuthException(
      'staff_forbidden',
      'Vai trò của bạn không được làm việc này.',
      HttpStatus.FORBIDDEN,
    );
  }

  static csrf(): StaffAuthException {
    return new StaffAuthException(
      'staff_csrf',
      'Phiên biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang rồi thử lại.',
      HttpStatus.FORBIDDEN,
    );
  }

  private constructor(code: string, message: string, status: HttpStatus) {
    super(code, message, status);
  }
}
