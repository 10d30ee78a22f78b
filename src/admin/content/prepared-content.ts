import { readTemplates } from '../../dialogue/flows/flow-validator';
import { loadFlowTexts } from '../../dialogue/flows/flow-loader';
import type { FlowCatalog, FlowProblem } from '../../dialogue/flows/flow.types';
import { Synonyms } from '../../nlu/synonyms';
import type { TemplateOverrides, TemplateService } from '../../templates/template.service';
import { EDITABLE_TEMPLATE, type ContentBundle } from './content-bundle';

/** A version made ready to run: flows built, answer texts compiled, synonyms parsed. */
export interface PreparedContent {
  catalog: FlowCatalog;
  overrides: TemplateOverrides;
  synonyms: Synonyms;
  synonymsText: string;
}

export interface ContentCheck {
  prepared: PreparedContent | null;
  errors: FlowProblem[];
  warnings: FlowProblem[];
}

export const SYNONYMS_FILE = 'intents/synonyms.yaml';
export const templateFile = (name: string) => `templates/vi/${name}.hbs`;

/**
 * The checks `npm run flows:check` runs, applied to a version held as text, plus the answer texts'
 * Handlebars syntax and the synonym list's format. A version with errors is never made live.
 */
export function checkBundle(
  bundle: ContentBundle,
  templates: TemplateService,
  templatesDir: string,
  knownProcedure?: (code: string) => boolean,
): ContentCheck {
  const errors: FlowProblem[] = [];
  const sources = readTemplates(templatesDir);
  for (const [name, text] of Object.entries(bundle.templates)) {
    if (!EDITABLE_TEMPLATE.test(name))
      errors.push({ file: templateFile(name), message: 'tên lời đáp phải bắt đầu bằng faq- hoặc flow-' });
    sources.set(name, text);
  }
  const flows = loadFlowTexts(
    Object.entries(bundle.flows).map(([file, text]) => ({ file, text })),
    new Set(sources.keys()),
    sources,
  );
  errors.push(...flows.errors);
  let overrides: TemplateOverrides = new Map();
  try {
    overrides = templates.compileOverrides(bundle.templates);
  } catch (error) {
    errors.push({ file: 'templates/vi', message: `lời đáp có lỗi cú pháp: ${describe(error)}` });
  }
  let synonyms: Synonyms | null = null;
  try {
    synonyms = Synonyms.fromText(bundle.synonyms, SYNONYMS_FILE);
  } catch (error) {
    errors.push({ file: SYNONYMS_FILE, message: describe(error) });
  }
  const prepared =
    errors.length === 0 && synonyms
      ? { catalog: flows.catalog, overrides, synonyms, synonymsText: bundle.synonyms }
      : null;
  const warnings = [...flows.warnings];
  // A warning, not an error: a later catalog import may bring the procedure (back).
  for (const code of knownProcedure && synonyms ? synonyms.procedurePhrases.keys() : [])
    if (!knownProcedure!(code))
      warnings.push({
        file: SYNONYMS_FILE,
        message: `procedures: không có thủ tục mã ${code} trong danh mục, các cách hỏi của mã này chưa được dùng`,
      });
  return { prepared, errors, warnings };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
