import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/staff-principal';
import { ROLE_LABEL, STAFF_ROLES } from '../auth/staff-role';
import { Staff, StaffRoles } from '../auth/staff-roles.decorator';
import { StaffGuard } from '../auth/staff.guard';
import { createStaffUserSchema, updateStaffUserSchema } from '../users/staff-user.dto';
import { StaffUsersService, toUserView } from '../users/staff-users.service';
import { PageRenderer } from './page-renderer.service';
import { field, HTML, OK_MESSAGES, seeOther } from './page.util';
import { StaffPageFilter } from './staff-page.filter';

const ROLES = STAFF_ROLES.map((value) => ({ value, label: ROLE_LABEL[value] }));
const AUDIT_PAGE = 100;

/** Pretty JSON for the audit table, or nothing. */
const pretty = (value: unknown) => (value == null ? '' : JSON.stringify(value, null, 1));

@ApiExcludeController()
@Controller('admin')
@UseGuards(StaffGuard)
@UseFilters(StaffPageFilter)
@StaffRoles('admin')
export class UsersPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly users: StaffUsersService,
    private readonly audit: AuditService,
  ) {}

  @Get('users')
  @Header('content-type', HTML)
  async list(@Staff() staff: StaffPrincipal, @Query('ok') ok?: string) {
    return this.pages.render('users', staff, 'Tài khoản cán bộ', {
      ok: ok ? OK_MESSAGES[ok] : undefined,
      users: (await this.users.list()).map(toUserView),
      roles: ROLES,
    });
  }

  @Post('users')
  async create(@Body() body: unknown, @Staff() staff: StaffPrincipal, @Res() reply: FastifyReply) {
    const dto = new ZodValidationPipe(createStaffUserSchema).transform({
      username: field(body, 'username'),
      displayName: field(body, 'displayName'),
      role: field(body, 'role'),
      password: field(body, 'password'),
    });
    await this.users.create(dto, staff);
    seeOther(reply, '/admin/users?ok=user');
  }

  @Post('users/:id')
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: unknown,
    @Staff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ) {
    const dto = new ZodValidationPipe(updateStaffUserSchema).transform({
      role: field(body, 'role') || undefined,
      disabled: field(body, 'state') === 'disabled',
    });
    await this.users.update(id, dto, staff);
    seeOther(reply, '/admin/users?ok=user');
  }

  @Get('audit')
  @Header('content-type', HTML)
  async auditLog(@Staff() staff: StaffPrincipal, @Query('before') before?: string) {
    const entries = await this.audit.list({
      limit: AUDIT_PAGE,
      before: /^\d+$/.test(before ?? '') ? before : undefined,
    });
    return this.pages.render('audit', staff, 'Nhật ký thao tác', {
      entries: entries.map((e) => ({ ...e, before: pretty(e.before), after: pretty(e.after) })),
      older: entries.length === AUDIT_PAGE ? entries.at(-1)?.id : undefined,
    });
  }
}
