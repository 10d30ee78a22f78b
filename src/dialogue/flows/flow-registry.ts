import { Logger, type LoggerService, type OnModuleDestroy } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { watch, type FSWatcher } from 'node:fs';
import { loadFlows } from './flow-loader';
import { FlowMatcher } from './flow-matcher';
import { formatProblem } from './flow-problem';
import { FlowRunner } from './flow-runner';
import type { FlowCatalog, FlowProblem, TemplateLookup } from './flow.types';

/** One consistent version of the flows: a message uses one snapshot from start to end. */
export interface FlowSnapshot {
  catalog: FlowCatalog;
  matcher: FlowMatcher;
  runner: FlowRunner;
  /** Increases on every successful load. */
  version: number;
}

export interface FlowReloadResult {
  /** False when the folder had errors and the previous catalog was kept. */
  ok: boolean;
  version: number;
  errors: FlowProblem[];
  warnings: FlowProblem[];
}

export interface FlowRegistryOptions {
  dir: string;
  /** Templates the engine can render (TemplateService fits): a flow naming another is rejected. */
  templates?: TemplateLookup;
  /** Quiet time after the last change before reloading: editors write a file in several steps. */
  debounceMs?: number;
  logger?: Pick<LoggerService, 'log' | 'warn' | 'error'>;
  /** Called after every reload, good or bad (tests and the admin page listen here). */
  onReload?: (result: FlowReloadResult) => void;
}

const EMPTY: FlowCatalog = { faqs: new Map(), flows: new Map(), vars: {}, varFiles: new Map(), files: [] };

/**
 * Holds the current flows and replaces them when staff edit the YAML, without a restart. A folder
 * with errors never replaces a good catalog: the previous one stays and the errors are logged, so a
 * typo in one file cannot take every FAQ down.
 */
export class FlowRegistry implements OnModuleDestroy {
  private snapshot: FlowSnapshot;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly preview = new AsyncLocalStorage<FlowSnapshot>();
  private readonly logger: Pick<LoggerService, 'log' | 'warn' | 'error'>;

  constructor(private readonly options: FlowRegistryOptions) {
    this.logger = options.logger ?? new Logger(FlowRegistry.name);
    this.snapshot = this.build(EMPTY, 0);
  }

  /** The live flows, or the draft a staff member is previewing in this call chain. */
  current(): FlowSnapshot {
    return this.preview.getStore() ?? this.snapshot;
  }

  /** Replaces the live flows with a catalog that already passed the checks (a published version). */
  replace(catalog: FlowCatalog): FlowSnapshot {
    this.snapshot = this.build(catalog, this.snapshot.version + 1);
    const { faqs, flows } = catalog;
    this.logger.log(
      `Đã áp dụng flows phiên bản ${this.snapshot.version}: ${faqs.size} FAQ, ${flows.size} luồng`,
    );
    return this.snapshot;
  }

  /** Runs `body` against a draft catalog instead of the live one (the workspace's test chat). */
  withPreview<T>(catalog: FlowCatalog, body: () => T): T {
    return this.preview.run(this.build(catalog, -1), body);
  }

  reload(): FlowReloadResult {
    let result: FlowReloadResult;
    try {
      const loaded = loadFlows(this.options.dir, this.options.templates);
      if (loaded.errors.length === 0) this.snapshot = this.build(loaded.catalog, this.snapshot.version + 1);
      result = { ok: loaded.errors.length === 0, version: this.snapshot.version, ...loaded };
    } catch (error) {
      // An unreadable folder (permissions, removed mid-read) is one more reason to keep the old catalog.
      const message = error instanceof Error ? error.message : String(error);
      result = {
        ok: false,
        version: this.snapshot.version,
        errors: [{ file: this.options.dir, message }],
        warnings: [],
      };
    }
    this.report(result);
    this.options.onReload?.(result);
    return result;
  }

  /** Reloads when a YAML file in the folder is added, changed, renamed or removed. */
  watch(): void {
    if (this.watcher) return;
    try {
      this.watcher = watch(this.options.dir, (_event, filename) => {
        // Some platforms do not say which file changed; then any change counts.
        if (filename && !/\.ya?ml$/i.test(filename.toString())) return;
        this.schedule();
      });
    } catch (error) {
      // A missing folder must not stop the app: the entries simply stay as loaded.
      this.logger.error(`Không theo dõi được thư mục flows ${this.options.dir}: ${String(error)}`);
      return;
    }
    this.watcher.on('error', (error) =>
      this.logger.error(`Không theo dõi được thư mục flows: ${error.message}`),
    );
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  onModuleDestroy(): void {
    this.stop();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.reload();
    }, this.options.debounceMs ?? 300);
  }

  private build(catalog: FlowCatalog, version: number): FlowSnapshot {
    const matcher = new FlowMatcher(catalog);
    return { catalog, matcher, runner: new FlowRunner(catalog, matcher), version };
  }

  private report(result: FlowReloadResult): void {
    for (const w of result.warnings) this.logger.warn(`Cảnh báo flows: ${formatProblem(w)}`);
    for (const e of result.errors) this.logger.error(`Lỗi flows: ${formatProblem(e)}`);
    const { faqs, flows } = this.snapshot.catalog;
    if (result.ok)
      this.logger.log(`Đã nạp flows phiên bản ${result.version}: ${faqs.size} FAQ, ${flows.size} luồng`);
    else
      this.logger.error(
        `Flows có ${result.errors.length} lỗi: giữ nguyên phiên bản ${result.version} đang chạy`,
      );
  }
}
