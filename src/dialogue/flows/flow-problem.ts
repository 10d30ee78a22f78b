import type { FlowCheckResult, FlowProblem } from './flow.types';

/** How an entry is named in messages to staff. */
export function entryLabel(kind: 'faq' | 'flow', id: string): string {
  return kind === 'faq' ? `FAQ "${id}"` : `luồng "${id}"`;
}

/** "chung.yaml › FAQ "tro-giup" › buttons.0.payload: …" — one line per problem, as staff read it. */
export function formatProblem(p: FlowProblem): string {
  return [p.file, p.entry, p.path].filter(Boolean).join(' › ') + ': ' + p.message;
}

/** Raised when the flows folder has errors; carries them so the caller can log each one. */
export class FlowCatalogError extends Error {
  constructor(readonly problems: FlowProblem[]) {
    super(`${problems.length} lỗi trong thư mục flows:\n${problems.map(formatProblem).join('\n')}`);
  }
}

/** Collects problems for one entry, so each message names file and entry once. */
export class ProblemReporter {
  constructor(
    private readonly out: FlowCheckResult,
    private readonly file: string,
    private readonly entry?: string,
  ) {}
  error(message: string, path?: string): void {
    this.out.errors.push(this.problem(message, path));
  }
  warn(message: string, path?: string): void {
    this.out.warnings.push(this.problem(message, path));
  }
  private problem(message: string, path?: string): FlowProblem {
    return { file: this.file, ...(this.entry && { entry: this.entry }), ...(path && { path }), message };
  }
}
