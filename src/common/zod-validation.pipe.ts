import { PipeTransform } from '@nestjs/common';
import { z, type ZodType } from 'zod';
import { RequestValidationException } from './app.exception';

// Validation messages in Vietnamese for every schema of the app.
z.config(z.locales.vi());

/** Validates a query or body with a zod schema; a failure is a 400 naming each bad field. */
export class ZodValidationPipe<T> implements PipeTransform<unknown, T> {
  constructor(private readonly schema: ZodType<T>) {}

  transform(value: unknown): T {
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) {
      throw new RequestValidationException(result.error.issues.map(describeIssue));
    }
    return result.data;
  }
}

function describeIssue(issue: ZodIssueLike): string {
  if (issue.code === 'unrecognized_keys') return `tham số không được hỗ trợ: ${issue.keys?.join(', ')}`;
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}
