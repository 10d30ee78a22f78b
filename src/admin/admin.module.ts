import { Module } from '@nestjs/common';
import { AuditController } from './audit/audit.controller';
import { StaffAuthController } from './auth/staff-auth.controller';
import { InboxModule } from './inbox/inbox.module';
import { StaffUsersController } from './users/staff-users.controller';
import { StaffUsersService } from './users/staff-users.service';

/** The staff workspace: accounts, content versions, unanswered questions, inbox, reports, audit. */
@Module({
  imports: [InboxModule],
  controllers: [StaffAuthController, StaffUsersController, AuditController],
  providers: [StaffUsersService],
})
export class AdminModule {}
