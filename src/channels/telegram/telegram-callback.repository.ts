import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Long button payloads by their short key (Telegram allows 64 bytes of callback_data). */
@Injectable()
export class TelegramCallbackRepository {
  constructor(private readonly dataSource: DataSource) {}

  async save(key: string, payload: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO telegram_callback (key, payload) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`,
      [key, payload],
    );
  }

  async find(key: string): Promise<string | null> {
    const rows: { payload: string }[] = await this.dataSource.query(
      'SELECT payload FROM telegram_callback WHERE key = $1',
      [key],
    );
    return rows[0]?.payload ?? null;
  }

  /** Buttons live at most as long as the chats that show them are likely to be tapped. */
  async prune(retentionDays: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM telegram_callback WHERE created_at < now() - make_interval(days => $1)`,
      [retentionDays],
    );
  }
}
