import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openMigratedDataSource, runCli } from '../../catalog/cli/cli-data-source';
import { bundleFiles } from '../content/content-diff.util';
import { ContentRepository } from '../content/content.repository';

const USAGE = `Cách dùng: npm run content:export -- <thư mục> [--version <số>]
Ghi phiên bản đang dùng (hoặc phiên bản chỉ định) thành flows/*.yaml, templates/vi/*.hbs và
intents/synonyms.yaml trong <thư mục>. Dùng "." để cập nhật chính kho mã nguồn (rồi git diff, git commit).`;

/** `npm run content:export`: staff's published content back into the files the repository ships. */
runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { version: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1 || (values.version && !/^\d+$/.test(values.version))) {
    console.error(USAGE);
    return 2;
  }
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  const dataSource = await openMigratedDataSource();
  try {
    const repository = new ContentRepository(dataSource);
    const version = values.version ? await repository.get(Number(values.version)) : await repository.live();
    if (!version || version.status !== 'published') {
      console.error(`Không có phiên bản ${values.version ?? 'đang dùng'} đã xuất bản.`);
      return 1;
    }
    const files = bundleFiles(version.bundle);
    for (const [path, text] of files) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), text);
    }
    console.log(`Đã ghi ${files.size} tệp của phiên bản ${version.id} vào ${out}`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
});
