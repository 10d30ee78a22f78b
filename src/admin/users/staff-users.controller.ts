import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import type { StaffPrincipal } from '../auth/staff-principal';
import { Staff, StaffRoles } from '../auth/staff-roles.decorator';
import { StaffGuard } from '../auth/staff.guard';
import {
  createStaffUserSchema,
  updateStaffUserSchema,
  type CreateStaffUserDto,
  type UpdateStaffUserDto,
} from './staff-user.dto';
import { StaffUsersService, toUserView } from './staff-users.service';

@ApiTags('Staff')
@ApiBearerAuth()
@Controller('api/admin/users')
@UseGuards(StaffGuard)
@StaffRoles('admin')
export class StaffUsersController {
  constructor(private readonly users: StaffUsersService) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách tài khoản cán bộ (quản trị)' })
  async list() {
    return { users: (await this.users.list()).map(toUserView) };
  }

  @Post()
  @ApiOperation({ summary: 'Tạo tài khoản cán bộ (quản trị)' })
  async create(
    @Body(new ZodValidationPipe(createStaffUserSchema)) body: CreateStaffUserDto,
    @Staff() staff: StaffPrincipal,
  ) {
    return toUserView(await this.users.create(body, staff));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Đổi vai trò, khóa/mở, đặt lại mật khẩu (quản trị)' })
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body(new ZodValidationPipe(updateStaffUserSchema)) body: UpdateStaffUserDto,
    @Staff() staff: StaffPrincipal,
  ) {
    return toUserView(await this.users.update(id, body, staff));
  }
}
