import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { DialogueModule } from '../dialogue/dialogue.module';
import { FeedbackModule } from '../feedback/feedback.module';
import { ContentController } from './content/content.controller';
import { ContentEditorService } from './content/content-editor.service';
import { ContentPreviewService } from './content/content-preview.service';
import { ContentRepository } from './content/content.repository';
import { LiveContentService } from './content/live-content.service';
import { AdminAssetsController } from './pages/admin-assets.controller';
import { AuthPagesController } from './pages/auth-pages.controller';
import { ContentPagesController } from './pages/content-pages.controller';
import { InboxPagesController } from './pages/inbox-pages.controller';
import { PageRenderer } from './pages/page-renderer.service';
import { ReportsPagesController } from './pages/reports-pages.controller';
import { UnansweredPagesController } from './pages/unanswered-pages.controller';
import { UsersPagesController } from './pages/users-pages.controller';
import { UnansweredController } from './unanswered/unanswered.controller';
import { UnansweredRepository } from './unanswered/unanswered.repository';
import { UnansweredService } from './unanswered/unanswered.service';
import { AuditController } from './audit/audit.controller';
import { StaffAuthController } from './auth/staff-auth.controller';
import { InboxModule } from './inbox/inbox.module';
import { StaffUsersController } from './users/staff-users.controller';
import { UsageModule } from './usage/usage.module';
import { StaffUsersService } from './users/staff-users.service';

/** The staff workspace: accounts, content versions, unanswered questions, inbox, reports, audit. */
@Module({
  imports: [CatalogModule, DialogueModule, UsageModule, FeedbackModule, InboxModule],
  controllers: [
    StaffAuthController,
    StaffUsersController,
    AuditController,
    ContentController,
    UnansweredController,
    AdminAssetsController,
    AuthPagesController,
    ContentPagesController,
    UnansweredPagesController,
    UsersPagesController,
    ReportsPagesController,
    InboxPagesController,
  ],
  providers: [
    StaffUsersService,
    ContentRepository,
    LiveContentService,
    ContentEditorService,
    ContentPreviewService,
    UnansweredRepository,
    UnansweredService,
    PageRenderer,
  ],
})
export class AdminModule {}
