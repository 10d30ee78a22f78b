import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { zaloError } from './zalo-error';

/** One request as the endpoints see it. */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
}

export interface FakeResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Runs once the answer is written (the OA API pushes its echo event from here). */
  after?: () => void;
}

export const ok = (body: unknown): FakeResponse => ({ status: 200, body });

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A header's value (the first one if repeated), or undefined. */
export function header(req: FakeRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Headers as a flat, lower-cased record (repeated values joined with ', '). */
export function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

export function contentType(req: FakeRequest): string {
  return (header(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/** The JSON object body of an OA or ZNS request; anything else is `{ error: <badCode> }`. */
export function jsonBody(req: FakeRequest, badCode: number): Record<string, unknown> {
  if (contentType(req) !== 'application/json') {
    throw zaloError(badCode, `Content-Type must be application/json (got '${contentType(req) || 'none'}')`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.rawBody);
  } catch {
    throw zaloError(badCode, 'Body is not valid JSON');
  }
  if (!isObject(parsed)) throw zaloError(badCode, 'Body must be a JSON object');
  return parsed;
}

/** What the call log keeps of a body: the form fields, the parsed JSON, or the raw text. */
export function loggedBody(req: FakeRequest): unknown {
  if (req.rawBody === '') return undefined;
  if (contentType(req) === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(req.rawBody));
  }
  try {
    return JSON.parse(req.rawBody) as unknown;
  } catch {
    return req.rawBody;
  }
}

export async function readRaw(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function writeJson(res: ServerResponse, response: FakeResponse): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...response.headers });
  res.end(response.body === undefined ? '' : JSON.stringify(response.body));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
