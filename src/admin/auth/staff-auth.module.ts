import { Global, Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { StaffAuthService } from './staff-auth.service';
import { StaffSessionRepository } from './staff-session.repository';
import { StaffUserRepository } from './staff-user.repository';
import { StaffGuard } from './staff.guard';

/**
 * Staff identity for every feature's staff routes (reports, dead letters, Zalo connection, the
 * workspace). Global so that a feature protects a route with StaffGuard without importing admin.
 */
@Global()
@Module({
  providers: [StaffAuthService, StaffUserRepository, StaffSessionRepository, StaffGuard, AuditService],
  exports: [StaffAuthService, StaffUserRepository, StaffSessionRepository, StaffGuard, AuditService],
})
export class StaffAuthModule {}
