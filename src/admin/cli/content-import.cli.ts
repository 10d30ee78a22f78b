import { openMigratedDataSource, runCli } from '../../catalog/cli/cli-data-source';
import { TemplateService } from '../../templates/template.service';
import { AuditService } from '../audit/audit.service';
import { readSeedBundle } from '../content/content-bundle';
import { CONTENT_PATHS } from '../content/content-paths';
import { ContentRepository, SEED_AUTHOR } from '../content/content.repository';
import { formatProblem } from '../../dialogue/flows/flow-problem';
import { checkBundle } from '../content/prepared-content';

/**
 * `npm run content:import`: publishes the files in flows/, templates/vi (faq-, flow-) and
 * intents/synonyms.yaml as a new version, after the same checks as a publish from the workspace.
 * For a deployment whose files changed after staff had published their own edits.
 */
runCli(async () => {
  const bundle = readSeedBundle(CONTENT_PATHS);
  const { errors } = checkBundle(bundle, new TemplateService(), CONTENT_PATHS.templatesDir);
  if (errors.length) {
    for (const e of errors) console.error(`LỖI  ${formatProblem(e)}`);
    console.error('Chưa nhập: sửa các lỗi trên (npm run flows:check) rồi chạy lại.');
    return 1;
  }
  const dataSource = await openMigratedDataSource();
  try {
    const repository = new ContentRepository(dataSource);
    const version = await dataSource.transaction(async (manager) => {
      await repository.lock(manager);
      const liveId = await repository.liveId(manager);
      const published = await repository.insertPublished(manager, {
        bundle,
        note: 'Nhập từ tệp (npm run content:import)',
        basedOn: liveId,
        by: SEED_AUTHOR,
      });
      const cli = {
        username: 'cli',
        displayName: 'Dòng lệnh',
        role: 'admin' as const,
        via: 'admin-token' as const,
      };
      await new AuditService(dataSource).record(
        cli,
        {
          action: 'content.import',
          targetType: 'content',
          targetId: published.id,
          before: { version: liveId },
        },
        manager,
      );
      return published;
    });
    console.log(`Đã xuất bản phiên bản ${version.id} từ tệp; các máy chủ đang chạy dùng nó trong vài giây.`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
});
