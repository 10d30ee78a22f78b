import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** The repository root, found from this file whether it runs from src/ or dist/src/. */
function findProjectRoot(start: string): string {
  let dir = start;
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

/** Resolves a configured path relative to the project root (absolute paths pass through). */
export function fromRoot(path: string): string {
  return isAbsolute(path) ? path : resolve(PROJECT_ROOT, path);
}
