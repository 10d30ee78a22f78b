import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { NotificationOutbox } from './notification.outbox';

/** "Sắp đến hạn": the due date is within this window. */
const DUE_SOON_HOURS = 24;

/**
 * Due-soon and overdue reminders for followed dossiers still open. Any instance may run the scan:
 * the idempotency key (kind, dossier, due date, subscriber) makes a second scan write nothing, and
 * a new due date (an extension) earns a new reminder.
 */
@Injectable()
export class DueReminderJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DueReminderJob.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: NotificationOutbox,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.notify.scanMinutes;
    if (!this.config.notify.worker || minutes <= 0) return;
    const run = () => {
      this.running = this.scan().catch((err: unknown) => this.logger.error({ err }, 'due scan failed'));
    };
    this.timer = setInterval(run, minutes * 60_000);
    this.timer.unref();
    setTimeout(run, 1000).unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Writes the reminders due now; how many rows were new. */
  async scan(now = new Date()): Promise<number> {
    const dossiers: { code: string; status: string; due_at: Date }[] = await this.dataSource.query(
      `SELECT d.code, d.status, d.due_at FROM dossier d
        WHERE d.due_at IS NOT NULL
          AND d.due_at < $1::timestamptz + make_interval(hours => $2)
          AND d.status NOT IN ('completed', 'returned', 'cancelled', 'withdrawn', 'rejected')
          AND EXISTS (SELECT 1 FROM dossier_subscription s WHERE s.dossier_code = d.code AND s.active)`,
      [now, DUE_SOON_HOURS],
    );
    let written = 0;
    for (const d of dossiers) {
      const due = new Date(d.due_at).toISOString();
      const kind = new Date(d.due_at) < now ? 'overdue' : 'due_soon';
      written += await this.dataSource.transaction((manager) =>
        this.outbox.write(manager, {
          kind,
          dossierCode: d.code,
          about: due,
          payload: { status: d.status, due },
          channels: ['telegram', 'zalo', 'web', 'miniapp'],
        }),
      );
    }
    if (written) this.logger.log(`wrote ${written} due-date reminders`);
    return written;
  }
}
