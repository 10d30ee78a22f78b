import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { DialogueModule } from '../dialogue/dialogue.module';
import { DossierModule } from '../dossier/dossier.module';
import { ChatNoticesService } from './chat-notices.service';
import { DueReminderJob } from './due-reminder.job';
import { NoticeComposer } from './notice-composer';
import { NotificationWorker } from './notification.worker';
import { NotificationsController } from './notifications.controller';
import { NotifyModule } from './notify.module';

/** Delivery: the worker, the due-date reminders, notices shown on a chat's next visit, the staff list. */
@Module({
  imports: [NotifyModule, DossierModule, CatalogModule, DialogueModule],
  controllers: [NotificationsController],
  providers: [NoticeComposer, NotificationWorker, DueReminderJob, ChatNoticesService],
  exports: [ChatNoticesService, NotificationWorker, DueReminderJob],
})
export class NotificationWorkerModule {}
