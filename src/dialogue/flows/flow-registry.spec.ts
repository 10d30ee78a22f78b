import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_TEMPLATES, removeFlowDir, VALID_FLOWS, writeFlowDir } from './flow.fixture';
import { FlowRegistry, type FlowReloadResult } from './flow-registry';

const quiet = { log: jest.fn(), warn: jest.fn(), error: jest.fn() };
const extra = 'faq:\n  - id: moi\n    triggers: [câu hỏi mới]\n    template: faq-b\n';

describe('FlowRegistry', () => {
  let dir: string;
  let registry: FlowRegistry;
  let waiters: ((r: FlowReloadResult) => void)[];

  /** Resolves on the next reload the watcher triggers (fails the test after 5 s). */
  const nextReload = (): Promise<FlowReloadResult> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no reload within 5 s')), 5000);
      waiters.push((r) => {
        clearTimeout(timer);
        resolve(r);
      });
    });

  beforeEach(() => {
    dir = writeFlowDir({ 'a.yaml': VALID_FLOWS });
    waiters = [];
    registry = new FlowRegistry({
      dir,
      templates: FIXTURE_TEMPLATES,
      debounceMs: 50,
      logger: quiet,
      onReload: (r) => waiters.shift()?.(r),
    });
  });

  afterEach(() => {
    registry.stop();
    removeFlowDir(dir);
  });

  it('starts empty and loads on reload', () => {
    expect(registry.current().catalog.faqs.size).toBe(0);
    expect(registry.current().matcher.match('giờ làm việc')).toBeNull();
    const result = registry.reload();
    expect(result).toMatchObject({ ok: true, version: 1, errors: [] });
    const { catalog, matcher, runner } = registry.current();
    expect([...catalog.faqs.keys()]).toEqual(['cau-a']);
    expect(matcher.match('giờ làm việc')?.id).toBe('cau-a');
    expect(runner.answerFaq('cau-a').replies[0].templateId).toBe('faq-a');
  });

  it('picks up an added file, keeps the last good catalog when a file breaks, and sees a removal', async () => {
    registry.reload();
    registry.watch();

    let reloaded = nextReload();
    writeFileSync(join(dir, 'b.yaml'), extra);
    expect(await reloaded).toMatchObject({ ok: true, version: 2 });
    expect(registry.current().matcher.match('câu hỏi mới')?.id).toBe('moi');

    reloaded = nextReload();
    writeFileSync(join(dir, 'b.yaml'), extra.replace('faq-b', 'khong-co-mau'));
    const broken = await reloaded;
    expect(broken.ok).toBe(false);
    expect(broken.errors[0]).toMatchObject({ file: 'b.yaml', entry: 'FAQ "moi"' });
    expect(registry.current().version).toBe(2);
    expect(registry.current().catalog.faqs.get('moi')?.template).toBe('faq-b');
    expect(quiet.error).toHaveBeenCalledWith(expect.stringContaining('giữ nguyên phiên bản 2'));

    reloaded = nextReload();
    rmSync(join(dir, 'b.yaml'));
    expect(await reloaded).toMatchObject({ ok: true, version: 3 });
    expect(registry.current().catalog.faqs.has('moi')).toBe(false);
  });

  it('ignores files that are not YAML', async () => {
    registry.reload();
    registry.watch();
    const reloaded = nextReload();
    writeFileSync(join(dir, 'ghi-chu.txt'), 'x');
    writeFileSync(join(dir, 'c.yaml'), extra);
    await reloaded;
    expect(waiters).toEqual([]); // one debounced reload for the burst, none for the .txt alone
    expect(registry.current().version).toBe(2);
  });

  it('keeps the old catalog when the folder disappears', () => {
    registry.reload();
    removeFlowDir(dir);
    expect(registry.reload()).toMatchObject({ ok: false, version: 1 });
    expect(registry.current().catalog.faqs.has('cau-a')).toBe(true);
  });
});

describe('FlowRegistry without a folder', () => {
  it('logs instead of throwing when asked to watch a missing folder', () => {
    const logger = { log: jest.fn(), warn: jest.fn(), error: jest.fn() };
    const registry = new FlowRegistry({ dir: '/khong/co/flows', logger });
    expect(registry.reload().ok).toBe(false);
    registry.watch();
    registry.stop();
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('Không theo dõi được thư mục flows'));
  });
});
