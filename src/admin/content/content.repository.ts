import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ContentBundle } from './content-bundle';
import { ContentVersion } from './content-version.entity';

/** Who made a version that no staff member made: the files shipped with the code. */
export const SEED_AUTHOR = 'tệp-gốc';

export type VersionSummary = Omit<ContentVersion, 'bundle'>;

const SUMMARY_COLUMNS = [
  'v.id',
  'v.status',
  'v.note',
  'v.basedOn',
  'v.createdBy',
  'v.createdAt',
  'v.updatedAt',
  'v.publishedBy',
  'v.publishedAt',
] as const;

@Injectable()
export class ContentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The id of the live version: the newest published one (a rollback publishes a new copy). */
  async liveId(manager: EntityManager = this.dataSource.manager): Promise<number | null> {
    const [row] = await manager.query<{ id: number | null }[]>(
      `SELECT max(id) AS id FROM content_version WHERE status = 'published'`,
    );
    return row?.id ?? null;
  }

  async live(manager: EntityManager = this.dataSource.manager): Promise<ContentVersion | null> {
    const id = await this.liveId(manager);
    return id === null ? null : this.get(id, manager);
  }

  get(id: number, manager: EntityManager = this.dataSource.manager): Promise<ContentVersion | null> {
    return manager.getRepository(ContentVersion).findOne({ where: { id } });
  }

  draft(manager: EntityManager = this.dataSource.manager): Promise<ContentVersion | null> {
    return manager.getRepository(ContentVersion).findOne({ where: { status: 'draft' } });
  }

  /** The newest version made from the shipped files, to notice when a deployment changed them. */
  latestSeed(manager: EntityManager = this.dataSource.manager): Promise<ContentVersion | null> {
    return manager
      .getRepository(ContentVersion)
      .findOne({ where: { createdBy: SEED_AUTHOR, status: 'published' }, order: { id: 'DESC' } });
  }

  history(limit = 100): Promise<VersionSummary[]> {
    return this.dataSource
      .getRepository(ContentVersion)
      .createQueryBuilder('v')
      .select([...SUMMARY_COLUMNS])
      .where(`v.status = 'published'`)
      .orderBy('v.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** The published version just before `id`, for "what did this version change". */
  async previousPublished(id: number): Promise<ContentVersion | null> {
    return this.dataSource
      .getRepository(ContentVersion)
      .createQueryBuilder('v')
      .where(`v.status = 'published' AND v.id < :id`, { id })
      .orderBy('v.id', 'DESC')
      .getOne();
  }

  async insertPublished(
    manager: EntityManager,
    version: { bundle: ContentBundle; note: string | null; basedOn: number | null; by: string },
  ): Promise<ContentVersion> {
    const repo = manager.getRepository(ContentVersion);
    return repo.save(
      repo.create({
        status: 'published',
        bundle: version.bundle,
        note: version.note,
        basedOn: version.basedOn,
        createdBy: version.by,
        publishedBy: version.by,
        publishedAt: new Date(),
      }),
    );
  }

  async insertDraft(manager: EntityManager, bundle: ContentBundle, basedOn: number | null, by: string) {
    const repo = manager.getRepository(ContentVersion);
    return repo.save(repo.create({ status: 'draft', bundle, basedOn, createdBy: by }));
  }

  async saveDraftBundle(manager: EntityManager, id: number, bundle: ContentBundle): Promise<void> {
    await manager.getRepository(ContentVersion).update({ id, status: 'draft' }, { bundle });
  }

  /** Drops the draft: after publishing it (as a new published row) or when staff discard it. */
  async deleteDraft(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM content_version WHERE status = 'draft'`);
  }

  /** Serialises changes to versions across instances (seed, publish, rollback). */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('content_version'))`);
  }
}
