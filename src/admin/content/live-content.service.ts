import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { DataSource } from 'typeorm';
import { CatalogIndexService } from '../../catalog/catalog-index.service';
import { AppConfig } from '../../config/app-config';
import { FlowRegistry } from '../../dialogue/flows/flow-registry';
import { formatProblem } from '../../dialogue/flows/flow-problem';
import { TemplateService } from '../../templates/template.service';
import { readSeedBundle } from './content-bundle';
import { CONTENT_PATHS } from './content-paths';
import { ContentRepository, SEED_AUTHOR } from './content.repository';
import { checkBundle, type PreparedContent } from './prepared-content';

/**
 * Keeps every instance on the newest published version of the staff-edited content. Versions live
 * in PostgreSQL; each instance polls for a newer one every CONTENT_POLL_MS (a cheap max(id)), so a
 * publish or rollback reaches all instances within seconds without a restart or a message bus.
 */
@Injectable()
export class LiveContentService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LiveContentService.name);
  private appliedId: number | null = null;
  private appliedSynonyms: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;

  constructor(
    private readonly repository: ContentRepository,
    private readonly registry: FlowRegistry,
    private readonly templates: TemplateService,
    private readonly index: CatalogIndexService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seed();
    await this.refresh();
    this.timer = setInterval(() => void this.poll(), this.config.staff.contentPollMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.polling;
  }

  /** The version this instance serves. */
  currentId(): number | null {
    return this.appliedId;
  }

  /** Applies the newest published version if it is not the one served (also called right after a publish). */
  async refresh(): Promise<void> {
    const id = await this.repository.liveId();
    if (id === null || id === this.appliedId) return;
    const version = await this.repository.get(id);
    if (!version) return;
    const check = checkBundle(version.bundle, this.templates, CONTENT_PATHS.templatesDir);
    if (!check.prepared) {
      // Only a code change (a template removed) can make a published version invalid: keep serving.
      for (const e of check.errors) this.logger.error(`Phiên bản nội dung ${id}: ${formatProblem(e)}`);
      this.appliedId = id;
      return;
    }
    await this.apply(check.prepared);
    this.appliedId = id;
    this.logger.log(`Đang dùng phiên bản nội dung ${id}`);
  }

  private async apply(prepared: PreparedContent): Promise<void> {
    this.templates.setOverrides(prepared.overrides);
    this.registry.replace(prepared.catalog);
    // The search index is rebuilt only when the synonyms changed (about a second of work).
    if (prepared.synonymsText !== this.appliedSynonyms) {
      if (this.appliedSynonyms !== null || !this.sameAsShippedSynonyms(prepared.synonymsText))
        await this.index.useSynonyms(prepared.synonyms);
      this.appliedSynonyms = prepared.synonymsText;
    }
  }

  private sameAsShippedSynonyms(text: string): boolean {
    return text === readSeedBundle(CONTENT_PATHS).synonyms;
  }

  private poll(): void {
    if (this.polling) return;
    this.polling = this.refresh()
      .catch((error: unknown) => this.logger.warn(`Không kiểm tra được phiên bản nội dung: ${String(error)}`))
      .finally(() => (this.polling = null));
  }

  /**
   * The first start publishes the shipped files as version 1. When a deployment ships changed files
   * and staff have not published anything since the last shipped version, those files go live too;
   * otherwise staff's work wins and the log says how to bring the files in (npm run content:import).
   */
  private async seed(): Promise<void> {
    const bundle = readSeedBundle(CONTENT_PATHS);
    await this.dataSource.transaction(async (manager) => {
      await this.repository.lock(manager);
      const live = await this.repository.live(manager);
      const seed = await this.repository.latestSeed(manager);
      if (seed && isDeepStrictEqual(seed.bundle, bundle)) return;
      if (live && seed?.id !== live.id) {
        this.logger.warn(
          'Tệp flows/, templates/vi hoặc intents/synonyms.yaml đã đổi nhưng cán bộ đã xuất bản nội dung riêng: ' +
            'giữ nội dung của cán bộ. Chạy "npm run content:import" để xuất bản nội dung từ tệp.',
        );
        return;
      }
      const note = live ? 'Cập nhật từ tệp của phiên bản phần mềm mới' : 'Nội dung ban đầu từ tệp';
      await this.repository.insertPublished(manager, {
        bundle,
        note,
        basedOn: live?.id ?? null,
        by: SEED_AUTHOR,
      });
    });
  }
}
