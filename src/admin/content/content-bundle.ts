import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flowFiles } from '../../dialogue/flows/flow-loader';

/**
 * Everything staff edit, as text: the FAQ and flow files (flows/*.yaml), the answer texts those
 * entries show (templates/vi/faq-*.hbs and flow-*.hbs) and the synonym list. Text, not parsed
 * objects, so a version keeps the comments staff read and exports back to the same files.
 */
export interface ContentBundle {
  flows: Record<string, string>;
  templates: Record<string, string>;
  synonyms: string;
}

/** Answer texts staff may edit; the other templates (procedure cards, notices) belong to developers. */
export const EDITABLE_TEMPLATE = /^(faq|flow)-[a-z0-9-]+$/;

export interface ContentPaths {
  flowsDir: string;
  templatesDir: string;
  synonymsFile: string;
}

/** The files shipped in the repository: the first version of every new installation. */
export function readSeedBundle(paths: ContentPaths): ContentBundle {
  const flows: Record<string, string> = {};
  for (const file of existsSync(paths.flowsDir) ? flowFiles(paths.flowsDir) : [])
    flows[file] = readFileSync(join(paths.flowsDir, file), 'utf8');
  const templates: Record<string, string> = {};
  for (const file of readdirSync(paths.templatesDir).sort()) {
    const name = file.replace(/\.hbs$/, '');
    if (file.endsWith('.hbs') && EDITABLE_TEMPLATE.test(name))
      templates[name] = readFileSync(join(paths.templatesDir, file), 'utf8');
  }
  const synonyms = existsSync(paths.synonymsFile) ? readFileSync(paths.synonymsFile, 'utf8') : '';
  return { flows, templates, synonyms };
}
