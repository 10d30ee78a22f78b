import { HttpStatus } from '@nestjs/common';
import { AppException } from '../../common/app.exception';

/** What the Mini App shows a citizen when a public API call cannot be done. */
export class MiniAppException extends AppException {
  static noIdentity(): MiniAppException {
    return new MiniAppException(
      'miniapp_identity_required',
      'Vui lòng mở ứng dụng trong Zalo để dùng chức năng này.',
      HttpStatus.UNAUTHORIZED,
    );
  }

  static tokenRefused(): MiniAppException {
    return new MiniAppException(
      'miniapp_token_refused',
      'Phiên đăng nhập Zalo không hợp lệ hoặc đã hết hạn. Vui lòng mở lại ứng dụng.',
      HttpStatus.UNAUTHORIZED,
    );
  }

  static devIdentityRefused(): MiniAppException {
    return new MiniAppException(
      'miniapp_dev_identity_refused',
      'Chỉ dùng được trong Zalo: máy chủ này không nhận người dùng thử.',
      HttpStatus.UNAUTHORIZED,
    );
  }

  static notConfigured(): MiniAppException {
    return new MiniAppException(
      'miniapp_not_configured',
      'Máy chủ chưa được cấu hình cho Zalo Mini App. Vui lòng báo cho cơ quan quản lý.',
      HttpStatus.SERVICE_UNAVAILABLE,
    );
  }

  static zaloUnavailable(): MiniAppException {
    return new MiniAppException(
      'zalo_unavailable',
      'Chưa kết nối được với Zalo để xác nhận người dùng. Vui lòng thử lại sau ít phút.',
      HttpStatus.SERVICE_UNAVAILABLE,
    );
  }

  static phoneUnavailable(): MiniAppException {
    return new MiniAppException(
      'phone_link_unavailable',
      'Chức năng liên kết số điện thoại chưa được bật trên máy chủ này.',
      HttpStatus.SERVICE_UNAVAILABLE,
    );
  }

  static phoneRefused(): MiniAppException {
    return new MiniAppException(
      'phone_token_refused',
      'Không lấy được số điện thoại từ Zalo. Vui lòng cho phép chia sẻ số điện thoại rồi thử lại.',
      HttpStatus.BAD_REQUEST,
    );
  }

  static badCode(): MiniAppException {
    return new MiniAppException(
      'invalid_dossier_code',
      'Mã hồ sơ không đúng dạng. Mã có dạng 000.00.12.H41-250301-0001 (in trên giấy biên nhận).',
      HttpStatus.BAD_REQUEST,
    );
  }

  static dossierNotFound(code: string): MiniAppException {
    return new MiniAppException(
      'dossier_not_found',
      `Không tìm thấy hồ sơ ${code}. Vui lòng kiểm tra lại mã trên giấy biên nhận.`,
      HttpStatus.NOT_FOUND,
    );
  }

  static rateLimited(minutes: number): MiniAppException {
    return new MiniAppException(
      'lookup_rate_limited',
      `Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      HttpStatus.TOO_MANY_REQUESTS,
      { retryAfterMinutes: minutes },
    );
  }

  static notVerified(): MiniAppException {
    return new MiniAppException(
      'dossier_not_verified',
      'Bốn số cuối không khớp với số điện thoại đã khai trong hồ sơ.',
      HttpStatus.FORBIDDEN,
    );
  }

  static notFollowable(): MiniAppException {
    return new MiniAppException(
      'dossier_not_followable',
      'Hồ sơ này đã kết thúc xử lý nên không cần theo dõi nữa.',
      HttpStatus.CONFLICT,
    );
  }

  static tooManyFollowed(max: number): MiniAppException {
    return new MiniAppException(
      'too_many_followed',
      `Bạn đang theo dõi ${max} hồ sơ, là số tối đa. Hãy bỏ theo dõi hồ sơ đã xong trước khi thêm hồ sơ mới.`,
      HttpStatus.CONFLICT,
    );
  }

  static ratingNotAllowed(): MiniAppException {
    return new MiniAppException(
      'rating_not_allowed',
      'Chỉ đánh giá được hồ sơ đã trả kết quả mà bạn theo dõi từ trước, hoặc hồ sơ nộp bằng số điện thoại đã liên kết.',
      HttpStatus.FORBIDDEN,
    );
  }
}
