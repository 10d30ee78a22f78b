import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppConfig } from './app-config';
import { envSchema } from './env.schema';
import { PROJECT_ROOT } from './paths';

/** Thrown when the environment is invalid; its message names every offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Empty strings count as unset, so `PORT=` in a .env file falls back to the default. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  return new AppConfig(parsed.data);
}

/** Loads `.env` from the project root when present; real environment variables win. */
export function loadDotEnvFile(file = resolve(PROJECT_ROOT, '.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/** For entry points (the server, CLI commands): a bad environment ends the process with one clear message. */
export function loadConfigOrExit(): AppConfig {
  loadDotEnvFile();
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
