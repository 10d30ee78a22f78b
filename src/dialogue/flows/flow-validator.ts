import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadFlows } from './flow-loader';
import type { FlowCheckResult } from './flow.types';

/**
 * Checks a flows folder against the templates that exist: schema errors (file + path), unknown
 * templates, broken `next` and button targets, unreachable steps, flows without an end, duplicate
 * ids and triggers. With template sources it also warns about {{variables}} nothing provides.
 */
export function validateFlows(
  dir: string,
  templateNames: ReadonlySet<string>,
  templateSources?: ReadonlyMap<string, string>,
): FlowCheckResult {
  const { errors, warnings } = loadFlows(dir, templateNames, templateSources);
  return { errors, warnings };
}

/** The .hbs files of a template folder by name, the way TemplateService names them. */
export function readTemplates(dir: string): Map<string, string> {
  const templates = new Map<string, string>();
  if (!existsSync(dir)) return templates;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs'))) {
    templates.set(basename(file, '.hbs'), readFileSync(join(dir, file), 'utf8'));
  }
  return templates;
}
