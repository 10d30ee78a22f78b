import yaml from 'js-yaml';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplyButton } from '../dialogue.types';
import { checkCatalog } from './flow-checks';
import { entryLabel, FlowCatalogError } from './flow-problem';
import { parseFlowFile, type FlowFile, type StepInput } from './flow.schema';
import type {
  FaqEntry,
  FlowCatalog,
  FlowCheckResult,
  FlowDefinition,
  FlowProblem,
  FlowStep,
  TemplateLookup,
} from './flow.types';

/** One file that passed the schema. */
export interface FlowSource {
  file: string;
  data: FlowFile;
}

export interface FlowLoadResult extends FlowCheckResult {
  /** Built even when there are errors (from the files that parsed), so a check can report everything. */
  catalog: FlowCatalog;
}

/** YAML files of a folder, sorted so that the first of two duplicates is always the same one. */
export function flowFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f) && !f.startsWith('.'))
    .sort();
}

/** One flows file as text: from the folder, or from a version staff edited in the workspace. */
export interface FlowText {
  file: string;
  text: string;
}

/** Reads and schema-checks every file; broken files are reported and left out. */
export function readFlowDir(dir: string): {
  sources: FlowSource[];
  errors: FlowProblem[];
  warnings: FlowProblem[];
} {
  if (!existsSync(dir)) {
    return { sources: [], errors: [{ file: dir, message: 'không tìm thấy thư mục flows' }], warnings: [] };
  }
  const files = flowFiles(dir);
  const read = readFlowTexts(files.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') })));
  if (files.length === 0) read.warnings.unshift({ file: dir, message: 'thư mục không có tệp .yaml nào' });
  return read;
}

/** Parses and schema-checks files given as text, in file-name order. */
export function readFlowTexts(texts: FlowText[]): {
  sources: FlowSource[];
  errors: FlowProblem[];
  warnings: FlowProblem[];
} {
  const sources: FlowSource[] = [];
  const errors: FlowProblem[] = [];
  const warnings: FlowProblem[] = [];
  for (const { file, text } of [...texts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    let doc: unknown;
    try {
      doc = yaml.load(text);
    } catch (error) {
      errors.push({ file, message: yamlMessage(error) });
      continue;
    }
    if (doc === undefined || doc === null) {
      warnings.push({ file, message: 'tệp trống' });
      continue;
    }
    const { file: data, issues } = parseFlowFile(doc);
    for (const issue of issues) errors.push({ file, ...locate(doc, issue.path), message: issue.message });
    if (data) sources.push({ file, data });
  }
  return { sources, errors, warnings };
}

/** Merges the files into one catalog; a duplicate id or variable keeps the first and is an error. */
export function buildCatalog(sources: FlowSource[]): { catalog: FlowCatalog; errors: FlowProblem[] } {
  const faqs = new Map<string, FaqEntry>();
  const flows = new Map<string, FlowDefinition>();
  const vars: Record<string, string> = {};
  const varFiles = new Map<string, string>();
  const errors: FlowProblem[] = [];

  const claim = (kind: 'faq' | 'flow', id: string, file: string): boolean => {
    const other = faqs.get(id) ?? flows.get(id);
    if (!other) return true;
    errors.push({
      file,
      entry: entryLabel(kind, id),
      message: `mã "${id}" đã dùng cho ${entryLabel(other.kind, id)} trong tệp ${other.file}; mỗi mục cần một mã riêng`,
    });
    return false;
  };

  for (const { file, data } of sources) {
    for (const [name, value] of Object.entries(data.vars)) {
      const first = varFiles.get(name);
      if (first) {
        errors.push({ file, path: `vars.${name}`, message: `biến "${name}" đã khai báo trong tệp ${first}` });
        continue;
      }
      varFiles.set(name, file);
      vars[name] = value;
    }
    for (const faq of data.faq) {
      if (claim('faq', faq.id, file))
        faqs.set(faq.id, { kind: 'faq', ...faq, buttons: cleanButtons(faq.buttons), file });
    }
    for (const flow of data.flows) {
      if (!claim('flow', flow.id, file)) continue;
      const steps = new Map<string, FlowStep>(
        Object.entries(flow.steps).map(([id, s]) => [id, toStep(id, s)]),
      );
      flows.set(flow.id, {
        kind: 'flow',
        id: flow.id,
        triggers: flow.triggers,
        start: flow.start,
        steps,
        file,
      });
    }
  }
  return { catalog: { faqs, flows, vars, varFiles, files: sources.map((s) => s.file) }, errors };
}

/** Reads, builds and checks a flows folder: everything `flows:check` and the registry need. */
export function loadFlows(
  dir: string,
  templates?: TemplateLookup,
  templateSources?: ReadonlyMap<string, string>,
): FlowLoadResult {
  return checkRead(readFlowDir(dir), templates, templateSources);
}

/** The same checks as loadFlows, for files given as text (a draft in the staff workspace). */
export function loadFlowTexts(
  texts: FlowText[],
  templates?: TemplateLookup,
  templateSources?: ReadonlyMap<string, string>,
): FlowLoadResult {
  return checkRead(readFlowTexts(texts), templates, templateSources);
}

function checkRead(
  read: ReturnType<typeof readFlowTexts>,
  templates?: TemplateLookup,
  templateSources?: ReadonlyMap<string, string>,
): FlowLoadResult {
  const built = buildCatalog(read.sources);
  const checked = checkCatalog(built.catalog, templates, templateSources);
  return {
    catalog: built.catalog,
    errors: [...read.errors, ...built.errors, ...checked.errors],
    warnings: [...read.warnings, ...checked.warnings],
  };
}

/** The catalog of a folder, or a FlowCatalogError listing every error. */
export function loadFlowCatalog(dir: string, templates?: TemplateLookup): FlowCatalog {
  const result = loadFlows(dir, templates);
  if (result.errors.length) throw new FlowCatalogError(result.errors);
  return result.catalog;
}

function toStep(id: string, s: StepInput): FlowStep {
  const buttons = cleanButtons(s.buttons);
  // A step with choice buttons or a branch map waits for a choice unless staff say otherwise.
  const choosing = typeof s.next === 'object' || buttons.some((b) => b.payload.startsWith('choice:'));
  return {
    id,
    template: s.template,
    buttons,
    expect: s.expect ?? (choosing ? 'choice' : 'none'),
    save: s.save,
    next: s.next,
    action: s.action,
    end: s.end ?? false,
  };
}

function cleanButtons(buttons: ReplyButton[]): ReplyButton[] {
  return buttons.map((b) => ({ label: b.label, payload: b.payload }));
}

/** Turns "flows.1.steps.hoi.next" into the entry's name and the path inside it. */
function locate(doc: unknown, path: string): { entry?: string; path?: string } {
  const m = path.match(/^(faq|flows)\.(\d+)(?:\.(.*))?$/);
  if (!m) return path ? { path } : {};
  const kind = m[1] === 'faq' ? 'faq' : 'flow';
  const list = (doc as Record<string, unknown>)[m[1]];
  const item = Array.isArray(list) ? (list[Number(m[2])] as unknown) : undefined;
  const id = item && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
  const entry =
    typeof id === 'string'
      ? entryLabel(kind, id)
      : `${kind === 'faq' ? 'FAQ' : 'luồng'} thứ ${Number(m[2]) + 1}`;
  return m[3] ? { entry, path: m[3] } : { entry };
}

const YAML_REASONS: Record<string, string> = {
  'duplicated mapping key': 'một tên trường hoặc tên bước bị lặp lại',
  'bad indentation of a mapping entry': 'thụt lề chưa đúng',
  'deficient indentation': 'thụt lề chưa đúng',
  'bad indentation of a sequence entry': 'thụt lề của danh sách chưa đúng',
  'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line':
    'thiếu tên trường',
  'end of the stream or a document separator is expected': 'cấu trúc chưa đúng (kiểm tra thụt lề)',
};

/** YAML syntax errors in Vietnamese, with the line staff should look at. */
function yamlMessage(error: unknown): string {
  if (!(error instanceof yaml.YAMLException)) return `không đọc được tệp: ${String(error)}`;
  const reason = error.reason ?? error.message;
  const mark = error.mark;
  const where = mark ? ` ở dòng ${mark.line + 1}, cột ${mark.column + 1}` : '';
  const tip =
    YAML_REASONS[reason] ??
    `${reason} — kiểm tra thụt lề (dùng dấu cách, không dùng tab) và đặt câu có dấu ":" trong ngoặc kép`;
  return `lỗi cú pháp YAML${where}: ${tip}`;
}
