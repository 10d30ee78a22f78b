import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { UnansweredStatus } from './unanswered-question.entity';

export interface UnansweredGroup {
  groupKey: string;
  count: number;
  /** Up to five distinct wordings, most recent first. */
  samples: string[];
  channels: string[];
  reasons: Record<string, number>;
  /** Procedures offered in clarifications, most often first. */
  offered: string[];
  lastAt: string;
}

@Injectable()
export class UnansweredRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Questions grouped by their accent-folded form, the most asked first. */
  async groups(status: UnansweredStatus, days: number, limit: number): Promise<UnansweredGroup[]> {
    const rows = await this.dataSource.query<
      {
        group_key: string;
        count: string;
        samples: string[];
        channels: string[];
        reasons: Record<string, number>;
        offered: string[] | null;
        last_at: Date;
      }[]
    >(
      `WITH recent AS (
         SELECT * FROM unanswered_question WHERE status = $1 AND at >= now() - make_interval(days => $2))
       SELECT g.group_key, g.count, g.channels, g.last_at,
              (SELECT array_agg(t.text ORDER BY t.last DESC) FROM (
                 SELECT text, max(at) AS last FROM recent r WHERE r.group_key = g.group_key
                  GROUP BY text ORDER BY last DESC LIMIT 5) t) AS samples,
              (SELECT jsonb_object_agg(reason, n) FROM (
                 SELECT reason, count(*) AS n FROM recent r WHERE r.group_key = g.group_key GROUP BY reason) x) AS reasons,
              (SELECT array_agg(code ORDER BY n DESC) FROM (
                 SELECT o.code, count(*) AS n FROM recent r, jsonb_array_elements_text(r.offered) AS o(code)
                  WHERE r.group_key = g.group_key GROUP BY o.code LIMIT 3) y) AS offered
         FROM (SELECT group_key, count(*) AS count, array_agg(DISTINCT channel) AS channels, max(at) AS last_at
                 FROM recent GROUP BY group_key) g
        ORDER BY g.count DESC, g.last_at DESC
        LIMIT $3`,
      [status, days, limit],
    );
    return rows.map((r) => ({
      groupKey: r.group_key,
      count: Number(r.count),
      samples: r.samples ?? [],
      channels: r.channels ?? [],
      reasons: r.reasons ?? {},
      offered: r.offered ?? [],
      lastAt: new Date(r.last_at).toISOString(),
    }));
  }

  /** Closes every open question of a group; returns how many. */
  async close(
    manager: EntityManager,
    groupKey: string,
    status: Exclude<UnansweredStatus, 'open'>,
    resolution: string | null,
    by: string,
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update('unanswered_question')
      .set({ status, resolution, resolvedBy: by, resolvedAt: () => 'now()' })
      .where(`group_key = :groupKey AND status = 'open'`, { groupKey })
      .execute();
    return result.affected ?? 0;
  }
}
