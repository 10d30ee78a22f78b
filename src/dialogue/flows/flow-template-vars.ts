import Handlebars from 'handlebars';
import { entryLabel } from './flow-problem';
import type { FlowCatalog, FlowCheckResult } from './flow.types';

/** Fields the engine adds to a reply's data after performing an effect. */
const ENGINE_FIELDS = ['reference'];

type Node = hbs.AST.Node;

/**
 * The top-level names a template reads ({{x}}, {{#if x}}, helper arguments). Blocks that change the
 * context (#each, #with) are not entered: names inside them belong to the items, not to `data`.
 */
export function templateVariables(source: string): Set<string> {
  const names = new Set<string>();
  const visitExpr = (node: Node | undefined): void => {
    if (!node) return;
    if (node.type === 'PathExpression') {
      const path = node as hbs.AST.PathExpression;
      if (!path.data && path.depth === 0 && path.parts.length > 0) names.add(path.parts[0]);
    } else if (node.type === 'SubExpression') {
      (node as hbs.AST.SubExpression).params.forEach(visitExpr);
    }
  };
  const visit = (node: Node | undefined): void => {
    if (!node) return;
    if (node.type === 'Program') (node as hbs.AST.Program).body.forEach(visit);
    else if (node.type === 'MustacheStatement') {
      const m = node as hbs.AST.MustacheStatement;
      if (m.params.length === 0) visitExpr(m.path);
      m.params.forEach(visitExpr);
    } else if (node.type === 'BlockStatement') {
      const b = node as hbs.AST.BlockStatement;
      b.params.forEach(visitExpr);
      const helper = (b.path as hbs.AST.PathExpression).original;
      if (helper !== 'each' && helper !== 'with') visit(b.program);
      visit(b.inverse);
    }
  };
  visit(Handlebars.parse(source));
  return names;
}

/**
 * Warns when an entry's template reads a name that nothing provides (it would render empty) and when
 * a variable in `vars` is read by no template (probably misspelt on one side).
 */
export function checkTemplateVariables(
  catalog: FlowCatalog,
  sources: ReadonlyMap<string, string>,
  out: FlowCheckResult,
): void {
  const cache = new Map<string, Set<string>>();
  const namesOf = (template: string): Set<string> => {
    let names = cache.get(template);
    if (!names) {
      const source = sources.get(template);
      try {
        names = source === undefined ? new Set() : templateVariables(source);
      } catch {
        names = new Set(); // a syntax error is TemplateService's to report at start
      }
      cache.set(template, names);
    }
    return names;
  };
  const vars = new Set(Object.keys(catalog.vars));
  const report = (file: string, entry: string, path: string, template: string, known: Set<string>): void => {
    for (const name of namesOf(template)) {
      if (!known.has(name)) {
        out.warnings.push({
          file,
          entry,
          path,
          message: `mẫu "${template}" dùng {{${name}}} nhưng không có biến "${name}" trong vars; chỗ đó sẽ để trống`,
        });
      }
    }
  };
  for (const faq of catalog.faqs.values()) {
    report(
      faq.file,
      entryLabel('faq', faq.id),
      'template',
      faq.template,
      new Set([...vars, ...ENGINE_FIELDS]),
    );
  }
  for (const flow of catalog.flows.values()) {
    const saved = [...flow.steps.values()].flatMap((s) => (s.save ? [s.save] : []));
    const known = new Set([...vars, ...saved, ...ENGINE_FIELDS]);
    for (const step of flow.steps.values()) {
      report(flow.file, entryLabel('flow', flow.id), `steps.${step.id}.template`, step.template, known);
    }
  }
  const used = new Set([...sources.keys()].flatMap((t) => [...namesOf(t)]));
  for (const name of vars) {
    if (!used.has(name)) {
      out.warnings.push({
        file: catalog.varFiles.get(name) ?? 'flows',
        path: `vars.${name}`,
        message: `biến "${name}" không được mẫu nào dùng`,
      });
    }
  }
}
