import { Module } from '@nestjs/common';
import { NoticeSenders } from './notice-sender';
import { NotificationOutbox } from './notification.outbox';
import { SubscriptionRepository } from './subscription.repository';

/** Subscriptions, the outbox and the senders' registry: no dependencies, so any module may write notices. */
@Module({
  providers: [SubscriptionRepository, NotificationOutbox, NoticeSenders],
  exports: [SubscriptionRepository, NotificationOutbox, NoticeSenders],
})
export class NotifyModule {}
