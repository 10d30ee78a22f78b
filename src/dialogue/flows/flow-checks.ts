import type { ReplyButton } from '../dialogue.types';
import { checkGraph } from './flow-graph-checks';
import { entryLabel, ProblemReporter } from './flow-problem';
import { parsePayload } from './flow-payload';
import { checkTemplateVariables } from './flow-template-vars';
import { matchWords, triggerKey } from './flow-text.util';
import { FIELDS, HELP_FAQ_ID, MAX_BUTTONS, MAX_LABEL_LENGTH, SYSTEM_TEMPLATES } from './flow.constants';
import type { FlowCatalog, FlowCheckResult, FlowDefinition, FlowStep, TemplateLookup } from './flow.types';

/**
 * Everything the schema cannot see: names that point nowhere, steps nobody reaches, flows that
 * never end, triggers two entries fight over. Errors would break a conversation; warnings are
 * mistakes a citizen would only notice as a missing answer.
 */
export function checkCatalog(
  catalog: FlowCatalog,
  templates?: TemplateLookup,
  templateSources?: ReadonlyMap<string, string>,
): FlowCheckResult {
  const out: FlowCheckResult = { errors: [], warnings: [] };
  const referenced = new Set<string>();
  const checkTemplate = (r: ProblemReporter, name: string, path: string): void => {
    if (templates && !templates.has(name))
      r.error(`không có mẫu "${name}" (cần tệp templates/vi/${name}.hbs)`, path);
  };

  for (const faq of catalog.faqs.values()) {
    const r = new ProblemReporter(out, faq.file, entryLabel('faq', faq.id));
    checkTemplate(r, faq.template, 'template');
    checkButtons(r, catalog, faq.buttons, 'buttons', null, referenced);
  }
  for (const flow of catalog.flows.values()) {
    const r = new ProblemReporter(out, flow.file, entryLabel('flow', flow.id));
    for (const step of flow.steps.values()) {
      const path = `steps.${step.id}`;
      checkTemplate(r, step.template, `${path}.template`);
      checkStep(r, flow, step, path);
      checkButtons(r, catalog, step.buttons, `${path}.buttons`, { flow, step }, referenced);
    }
    checkGraph(r, flow);
  }
  for (const entry of [...catalog.faqs.values(), ...catalog.flows.values()]) {
    if (entry.triggers.length === 0 && !referenced.has(`${entry.kind}:${entry.id}`)) {
      new ProblemReporter(out, entry.file, entryLabel(entry.kind, entry.id)).warn(
        'không có câu kích hoạt (triggers) và không nút nào trỏ tới: người dân không thể gặp mục này',
      );
    }
  }
  checkTriggers(out, catalog);
  if (templates) {
    for (const name of Object.values(SYSTEM_TEMPLATES)) {
      if (!templates.has(name)) {
        new ProblemReporter(out, 'templates/vi').error(
          `thiếu mẫu hệ thống "${name}" (templates/vi/${name}.hbs) mà luồng cần dùng`,
        );
      }
    }
  }
  if (!catalog.faqs.has(HELP_FAQ_ID) && catalog.files.length) {
    new ProblemReporter(out, 'flows').warn(
      `chưa có FAQ "${HELP_FAQ_ID}": sau khi hủy, người dân không được gợi ý nút Trợ giúp`,
    );
  }
  if (templateSources) checkTemplateVariables(catalog, templateSources, out);
  return out;
}

type StepContext = { flow: FlowDefinition; step: FlowStep } | null;

function checkButtons(
  r: ProblemReporter,
  catalog: FlowCatalog,
  buttons: ReplyButton[],
  path: string,
  ctx: StepContext,
  referenced: Set<string>,
): void {
  if (buttons.length > MAX_BUTTONS)
    r.warn(`có ${buttons.length} nút; Zalo chỉ hiện tối đa ${MAX_BUTTONS} nút`, path);
  const labels = new Set<string>();
  buttons.forEach((button, i) => {
    const at = `${path}.${i}`;
    const name = `nút "${button.label}"`;
    if (button.label.length > MAX_LABEL_LENGTH) {
      r.warn(`${name} dài quá ${MAX_LABEL_LENGTH} ký tự, có thể bị cắt trên điện thoại`, `${at}.label`);
    }
    const key = triggerKey(button.label);
    if (labels.has(key)) r.warn(`${name} trùng nhãn với một nút khác cùng tin nhắn`, `${at}.label`);
    labels.add(key);
    const payload = parsePayload(button.payload);
    if (!payload) {
      r.error(
        `${name}: payload "${button.payload}" không hợp lệ; dùng flow:<mã luồng>, faq:<mã FAQ>, ` +
          'step:<mã luồng>:<mã bước>, choice:<lựa chọn> hoặc huy',
        `${at}.payload`,
      );
      return;
    }
    switch (payload.kind) {
      case 'flow':
        referenced.add(`flow:${payload.flowId}`);
        if (!catalog.flows.has(payload.flowId))
          r.error(`${name} trỏ tới luồng "${payload.flowId}" không tồn tại`, at);
        break;
      case 'faq':
        referenced.add(`faq:${payload.faqId}`);
        if (!catalog.faqs.has(payload.faqId))
          r.error(`${name} trỏ tới FAQ "${payload.faqId}" không tồn tại`, at);
        break;
      case 'step': {
        referenced.add(`flow:${payload.flowId}`);
        const target = catalog.flows.get(payload.flowId);
        if (!target) r.error(`${name} trỏ tới luồng "${payload.flowId}" không tồn tại`, at);
        else if (!target.steps.has(payload.stepId)) {
          r.error(`${name} trỏ tới bước "${payload.stepId}" không có trong luồng "${payload.flowId}"`, at);
        }
        break;
      }
      case 'choice':
        if (!ctx) r.error(`${name}: nút choice: chỉ dùng trong một bước của luồng`, at);
        else if (ctx.step.expect !== 'choice') {
          r.error(`${name}: nút choice: chỉ dùng trong bước chờ chọn (expect: choice)`, at);
        } else if (typeof ctx.step.next === 'object' && !(payload.value in ctx.step.next)) {
          r.error(`${name}: lựa chọn "${payload.value}" chưa có bước tiếp theo trong next`, at);
        } else if (ctx.step.next === undefined && !ctx.step.end) {
          r.error(`${name}: bước chưa có next cho lựa chọn "${payload.value}"`, at);
        }
        break;
      case 'cancel':
        if (!ctx) r.warn(`${name}: nút hủy chỉ có tác dụng khi đang trong một luồng`, at);
        break;
    }
  });
}

function checkStep(r: ProblemReporter, flow: FlowDefinition, step: FlowStep, path: string): void {
  const targets = typeof step.next === 'string' ? [step.next] : Object.values(step.next ?? {});
  for (const target of new Set(targets)) {
    if (!flow.steps.has(target))
      r.error(`next trỏ tới bước "${target}" không có trong luồng`, `${path}.next`);
  }
  if (step.end && step.next !== undefined) r.warn('next bị bỏ qua vì bước có end: true', `${path}.next`);
  if (step.end && step.expect !== 'none') {
    r.error('bước kết thúc (end: true) không nhận được câu trả lời: bỏ expect hoặc bỏ end', `${path}.expect`);
  }
  const waits = step.expect === 'text' || step.expect === 'phone';
  if (waits && typeof step.next === 'object') {
    r.error('bước chờ nhập chỉ có một bước tiếp theo: next phải là tên một bước', `${path}.next`);
  }
  if (waits && step.save === undefined) r.warn('câu trả lời sẽ không được lưu (thiếu save)', path);
  if (step.expect === 'none' && step.save !== undefined)
    r.warn('save không có tác dụng ở bước không chờ trả lời', path);
  if (!step.end && step.next === undefined && step.expect !== 'choice') {
    r.error('bước không có next cũng không có end: true; luồng sẽ dừng giữa chừng', path);
  }
  if (step.expect === 'none' && typeof step.next === 'object') {
    r.error('next dạng lựa chọn cần expect: choice và các nút choice:', `${path}.next`);
  }
  if (step.expect === 'choice' && step.buttons.length === 0)
    r.error('bước chờ chọn nhưng không có nút nào', path);
  if (typeof step.next === 'object') {
    const offered = new Set(
      step.buttons.map((b) => parsePayload(b.payload)).map((p) => p?.kind === 'choice' && p.value),
    );
    for (const value of Object.keys(step.next)) {
      if (!offered.has(value)) {
        r.warn(
          `lựa chọn "${value}" trong next không có nút choice:${value}; người dân chỉ chọn được khi gõ đúng`,
          path,
        );
      }
    }
  }
  const saved = new Map([...flow.steps.values()].filter((s) => s.save).map((s) => [s.save!, s]));
  if (step.action === 'complaint') {
    if (!saved.has(FIELDS.complaintContent)) {
      r.error(
        `action complaint cần một bước lưu nội dung vào trường "${FIELDS.complaintContent}"`,
        `${path}.action`,
      );
    }
    for (const s of flow.steps.values()) {
      if (s.expect === 'phone' && s.save && s.save !== FIELDS.complaintContact) {
        r.warn(
          `số điện thoại lưu vào "${s.save}" sẽ không gửi kèm phản ánh (cần save: ${FIELDS.complaintContact})`,
        );
      }
    }
  }
}

/** Two entries with the same trigger would answer by file order, not by intent: an error. */
function checkTriggers(out: FlowCheckResult, catalog: FlowCatalog): void {
  const owners = new Map<string, { kind: 'faq' | 'flow'; id: string; file: string }>();
  for (const entry of [...catalog.faqs.values(), ...catalog.flows.values()]) {
    const r = new ProblemReporter(out, entry.file, entryLabel(entry.kind, entry.id));
    const own = new Set<string>();
    entry.triggers.forEach((trigger, i) => {
      const key = triggerKey(trigger);
      const path = `triggers.${i}`;
      if (!key) {
        r.error(`câu kích hoạt "${trigger}" không có chữ nào để so khớp`, path);
        return;
      }
      if (own.has(key)) {
        r.warn(
          `câu kích hoạt "${trigger}" trùng một câu khác của mục này (đã tự khớp cả có dấu và không dấu)`,
          path,
        );
        return;
      }
      own.add(key);
      const other = owners.get(key);
      if (other && (other.id !== entry.id || other.kind !== entry.kind)) {
        r.error(
          `câu kích hoạt "${trigger}" trùng với ${entryLabel(other.kind, other.id)} trong tệp ${other.file}`,
          path,
        );
      } else {
        owners.set(key, { kind: entry.kind, id: entry.id, file: entry.file });
      }
      if (!matchWords(trigger).some((w) => w.content)) {
        r.warn(
          `câu kích hoạt "${trigger}" chỉ gồm từ chung chung, chỉ khớp khi người dân gõ đúng nguyên câu`,
          path,
        );
      }
    });
  }
}
