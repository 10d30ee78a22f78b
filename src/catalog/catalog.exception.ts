import { HttpStatus } from '@nestjs/common';
import { AppException } from '../common/app.exception';

export class ProcedureNotFoundException extends AppException {
  constructor(code: string) {
    super(
      'procedure_not_found',
      `Không tìm thấy thủ tục có mã "${code}". Vui lòng kiểm tra lại mã (ví dụ 1.001193).`,
      HttpStatus.NOT_FOUND,
    );
  }
}
