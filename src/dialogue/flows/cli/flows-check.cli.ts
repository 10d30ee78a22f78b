/**
 * npm run flows:check [flowsDir] [templatesDir]
 * Checks the FAQ entries and flows staff edit (flows/*.yaml) before they go live: prints every
 * error and warning in Vietnamese with its file, ends with a one-line summary, exits 1 on errors.
 */
import { join } from 'node:path';
import { fromRoot, PROJECT_ROOT } from '../../../config/paths';
import { loadFlows } from '../flow-loader';
import { formatProblem } from '../flow-problem';
import { readTemplates } from '../flow-validator';

/** Prints the report through `print` and returns the exit code (exported for the spec). */
export function flowsCheck(dir: string, templateDir: string, print: (line: string) => void): number {
  const templates = readTemplates(templateDir);
  const { catalog, errors, warnings } = loadFlows(dir, new Set(templates.keys()), templates);
  for (const e of errors) print(`LỖI       ${formatProblem(e)}`);
  for (const w of warnings) print(`CẢNH BÁO  ${formatProblem(w)}`);
  const verdict = errors.length ? 'cần sửa lỗi trước khi dùng' : 'dùng được';
  print(
    `flows: ${catalog.files.length} tệp, ${catalog.faqs.size} FAQ, ${catalog.flows.size} luồng — ` +
      `${errors.length} lỗi, ${warnings.length} cảnh báo: ${verdict}.`,
  );
  return errors.length ? 1 : 0;
}

if (require.main === module) {
  const dir = fromRoot(process.argv[2] ?? 'flows');
  const templateDir = process.argv[3] ? fromRoot(process.argv[3]) : join(PROJECT_ROOT, 'templates', 'vi');
  process.exitCode = flowsCheck(dir, templateDir, (line) => console.log(line));
}
