import { z } from 'zod';
import { FIELD_PATTERN, ID_PATTERN } from './flow.constants';

/**
 * The shape of one flows/*.yaml file as staff write it. Objects are strict so that a misspelt
 * field ("tempalte") is reported instead of silently ignored; messages are Vietnamese because staff
 * read them in `npm run flows:check` and in the logs.
 */
const id = z.string().regex(ID_PATTERN, {
  error: 'chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "gio-lam-viec"',
});
const fieldName = z.string().regex(FIELD_PATTERN, {
  error: 'chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ, ví dụ "so_dien_thoai"',
});
const templateName = z.string().regex(ID_PATTERN, {
  error: 'tên mẫu là tên tệp trong templates/vi không có đuôi .hbs, ví dụ "faq-gio-lam-viec"',
});
const text = z.string().trim().min(1, { error: 'không được để trống' });

const button = z.strictObject({ label: text, payload: text });
const buttons = z.array(button).default([]);
const triggers = z.array(text).default([]);

const faqSchema = z.strictObject({ id, triggers, template: templateName, buttons });

const stepSchema = z.strictObject({
  template: templateName,
  buttons,
  expect: z.enum(['text', 'phone', 'choice', 'none']).optional(),
  save: fieldName.optional(),
  next: z.union([id, z.record(id, id)]).optional(),
  action: z.enum(['complaint', 'handoff']).optional(),
  end: z.boolean().optional(),
});

const flowSchema = z.strictObject({
  id,
  triggers,
  start: id,
  steps: z.record(id, stepSchema).refine((steps) => Object.keys(steps).length > 0, {
    error: 'luồng cần ít nhất một bước',
  }),
});

export const flowFileSchema = z.strictObject({
  vars: z.record(fieldName, z.union([z.string(), z.number()]).transform(String)).default({}),
  faq: z.array(faqSchema).default([]),
  flows: z.array(flowSchema).default([]),
});

export type FlowFile = z.output<typeof flowFileSchema>;
export type FaqInput = z.output<typeof faqSchema>;
export type FlowInputDefinition = z.output<typeof flowSchema>;
export type StepInput = z.output<typeof stepSchema>;

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ (có thể đặt trong dấu ngoặc kép)',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
  object: 'một nhóm trường (mỗi trường một dòng "tên: giá trị")',
  boolean: 'true hoặc false',
  number: 'một số',
};

const viLocale = z.locales.vi().localeError;

/** Vietnamese messages for the mistakes staff actually make; the zod Vietnamese locale for the rest. */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'unrecognized_keys') {
    return `trường không được hỗ trợ: ${issue.keys.map((k) => `"${k}"`).join(', ')} (viết sai tên trường?)`;
  }
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined || issue.input === null) return 'thiếu trường bắt buộc';
    return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value' && issue.values.length > 0) {
    return `chỉ nhận một trong các giá trị: ${issue.values.map((v) => String(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_key') {
    return 'tên không hợp lệ: chỉ dùng chữ thường không dấu, chữ số, dấu gạch ngang (tên bước) hoặc gạch dưới (tên biến)';
  }
  if (issue.code === 'invalid_union') {
    return 'giá trị không hợp lệ: ghi tên một bước, hoặc một nhóm "lựa chọn: bước" cho từng nút';
  }
  return viLocale(issue);
};

export interface SchemaIssue {
  path: string;
  message: string;
}

/** Validates a parsed YAML document; issues carry a dotted path ("flows.0.steps.hoi.next"). */
export function parseFlowFile(doc: unknown): { file: FlowFile | null; issues: SchemaIssue[] } {
  const result = flowFileSchema.safeParse(doc ?? {}, { error: errorMap });
  if (result.success) return { file: result.data, issues: [] };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: typeof issue.message === 'string' ? issue.message : String(issue.message),
  }));
  return { file: null, issues };
}
