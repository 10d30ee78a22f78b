import { parseArgs } from 'node:util';
import { openMigratedDataSource, runCli } from '../../catalog/cli/cli-data-source';
import { loadConfigOrExit } from '../../config/config.loader';
import { AuditService } from '../audit/audit.service';
import { STAFF_ROLES, type StaffRole } from '../auth/staff-role';
import { StaffSessionRepository } from '../auth/staff-session.repository';
import { StaffUserRepository } from '../auth/staff-user.repository';
import { createStaffUserSchema } from '../users/staff-user.dto';
import { StaffUsersService } from '../users/staff-users.service';
import { readNewPassword } from './read-password';

const USAGE = `Cách dùng: npm run admin:create -- --username <tên> [--name "Họ tên"] [--role ${STAFF_ROLES.join('|')}]
Mật khẩu: gõ khi được hỏi, hoặc biến STAFF_PASSWORD, hoặc dòng đầu của stdin.`;

/** `npm run admin:create`: the first admin of a new installation (and any account, for scripts). */
runCli(async () => {
  const { values } = parseArgs({
    options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
    strict: false,
  });
  if (typeof values.username !== 'string') {
    console.error(USAGE);
    return 2;
  }
  const parsed = createStaffUserSchema.safeParse({
    username: values.username,
    displayName: typeof values.name === 'string' ? values.name : values.username,
    role: (values.role ?? 'admin') as StaffRole,
    password: await readNewPassword(),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`Lỗi: ${issue.message}`);
    return 2;
  }
  const config = loadConfigOrExit();
  const dataSource = await openMigratedDataSource();
  try {
    const service = new StaffUsersService(
      new StaffUserRepository(dataSource),
      new StaffSessionRepository(dataSource),
      new AuditService(dataSource),
      dataSource,
      config,
    );
    const cli = {
      username: 'cli',
      displayName: 'Dòng lệnh',
      role: 'admin' as const,
      via: 'admin-token' as const,
    };
    const user = await service.create(parsed.data, cli);
    console.log(`Đã tạo tài khoản "${user.username}" (${user.role}). Đăng nhập tại /admin.`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
});
