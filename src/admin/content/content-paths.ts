import { join } from 'node:path';
import { PROJECT_ROOT } from '../../config/paths';
import type { ContentPaths } from './content-bundle';

/** Where the shipped seed of the workspace's content lives in the repository. */
export const CONTENT_PATHS: ContentPaths = {
  flowsDir: join(PROJECT_ROOT, 'flows'),
  templatesDir: join(PROJECT_ROOT, 'templates', 'vi'),
  synonymsFile: join(PROJECT_ROOT, 'intents', 'synonyms.yaml'),
};
