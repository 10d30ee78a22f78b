import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { maskPersonalData } from '../nlu/entities/personal-data.util';
import { NoticeComposer } from './notice-composer';
import { DeliveryError, NoticeSenders } from './notice-sender';
import { NotificationOutbox } from './notification.outbox';
import type { Notification } from './notify.entities';
import { RateLimiter } from './rate-limiter';

const BATCH = 20;

/**
 * Delivers the outbox: claims due notices (any number of instances, FOR UPDATE SKIP LOCKED and a
 * lease), sends each through its channel at that channel's rate, then marks it sent, retries it
 * later with back-off, or moves it to the dead-letter list. Woken at once by a local write,
 * otherwise it polls.
 */
@Injectable()
export class NotificationWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationWorker.name);
  private readonly limiters = new Map<string, RateLimiter>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private unlisten: (() => void) | undefined;

  constructor(
    private readonly outbox: NotificationOutbox,
    private readonly senders: NoticeSenders,
    private readonly composer: NoticeComposer,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.notify.worker) return;
    this.unlisten = this.outbox.onWritten(() => this.wake());
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.unlisten?.();
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Runs a pass now (or right after the current one). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.schedule(0);
  }

  /** One pass: claims and delivers until nothing is due. Exposed for tests and the CLI. */
  async drain(): Promise<number> {
    let delivered = 0;
    const channels = this.senders.channels();
    if (channels.length === 0) return 0;
    for (;;) {
      if (this.stopped) return delivered;
      const batch = await this.outbox.claim(channels, BATCH, this.config.notify.leaseSeconds);
      if (batch.length === 0) return delivered;
      for (const [i, notice] of batch.entries()) {
        if (this.stopped) {
          // Shutting down: hand back what was claimed but not started.
          await this.outbox.release(batch.slice(i).map((n) => n.id));
          return delivered;
        }
        await this.deliver(notice);
        delivered++;
      }
    }
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .then(() => undefined)
        .catch((err: unknown) => this.logger.error({ err }, 'notification pass failed'))
        .finally(() => {
          this.running = undefined;
          if (this.stopped) return;
          const next = this.again ? 0 : this.config.notify.pollMs;
          this.again = false;
          this.schedule(next);
        });
    }, delayMs);
    this.timer.unref();
  }

  private async deliver(notice: Notification): Promise<void> {
    const sender = this.senders.get(notice.channel)!;
    try {
      await this.limiter(notice.channel, sender.perSecond).take();
      const result = await sender.deliver(await this.composer.compose(notice));
      if (result.sent) await this.outbox.sent(notice.id);
      else await this.outbox.skipped(notice.id, result.skipped);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failure =
        error instanceof DeliveryError
          ? { error: message, permanent: error.permanent, retryAfterMs: error.retryAfterMs }
          : { error: message, permanent: false };
      const outcome = await this.outbox.failed(
        notice,
        failure,
        this.config.notify.maxAttempts,
        this.config.notify.retryBaseMs,
      );
      this.logger.warn(
        `notice ${notice.id} (${notice.kind}, ${notice.channel}) failed, ${outcome}: ${maskPersonalData(message)}`,
      );
    }
  }

  private limiter(channel: string, perSecond: number): RateLimiter {
    let limiter = this.limiters.get(channel);
    if (!limiter) this.limiters.set(channel, (limiter = new RateLimiter(perSecond)));
    return limiter;
  }
}
