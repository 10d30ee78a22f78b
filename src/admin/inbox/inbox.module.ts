import { Module } from '@nestjs/common';
import { NotifyModule } from '../../notify/notify.module';
import { InboxController } from './inbox.controller';
import { InboxRepository } from './inbox.repository';
import { InboxService } from './inbox.service';

/** The staff inbox. Exports InboxService for the workspace's server-rendered pages. */
@Module({
  imports: [NotifyModule],
  controllers: [InboxController],
  providers: [InboxService, InboxRepository],
  exports: [InboxService],
})
export class InboxModule {}
