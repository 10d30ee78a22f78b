import { sleep } from './http-io';
import type { ZaloEvent } from './zalo-events.types';
import { ZALO_SIGNATURE_HEADER, zaloSignature } from './zalo-signature';

export interface PushOptions {
  /** Where to POST; the fake's webhookUrl by default. */
  url?: string;
  /** valid (default), forged (a well-formed mac with the wrong key) or none (no header). */
  signature?: 'valid' | 'forged' | 'none';
  /** Send `mac=<hex>` (default) or the bare hex. */
  prefix?: boolean;
  /** Overrides the body's `timestamp` (ms) before signing: stale or future deliveries. */
  timestampMs?: number;
  /** Retries after a non-200 answer or a network error, with the same bytes and signature. Default 0. */
  retries?: number;
  retryDelayMs?: number;
  /** JSON indentation of the body (still signed over the exact bytes): catches apps that re-serialize. */
  spacing?: number;
  /** Per attempt; default 10 s. */
  timeoutMs?: number;
  headers?: Record<string, string>;
}

export interface DeliveryAttempt {
  /** null when the request failed (refused, timed out). */
  status: number | null;
  body: string;
  error?: string;
  durationMs: number;
}

export interface Delivery {
  event: ZaloEvent;
  url: string;
  rawBody: string;
  /** The X-ZEvent-Signature header sent, if any. */
  signature?: string;
  /** Of the last attempt. */
  status: number | null;
  body: string;
  attempts: DeliveryAttempt[];
  /** An oa_send_* echo the fake pushed by itself after a send. */
  echo: boolean;
}

/** POSTs events to a webhook exactly as Zalo does: raw JSON body, signed with the OA secret key. */
export class WebhookPusher {
  readonly deliveries: Delivery[] = [];
  private readonly controllers = new Set<AbortController>();

  constructor(
    private readonly appId: string,
    private readonly oaSecretKey: string,
  ) {}

  async push(event: ZaloEvent, url: string, options: PushOptions = {}, echo = false): Promise<Delivery> {
    const sent: ZaloEvent =
      options.timestampMs === undefined ? event : { ...event, timestamp: String(options.timestampMs) };
    const rawBody = JSON.stringify(sent, null, options.spacing);
    const signature = this.signature(sent, rawBody, options);
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (signature !== undefined) headers[ZALO_SIGNATURE_HEADER] = signature;
    const delivery: Delivery = {
      event: sent,
      url,
      rawBody,
      signature,
      status: null,
      body: '',
      attempts: [],
      echo,
    };
    this.deliveries.push(delivery);
    const retries = options.retries ?? 0;
    for (let attempt = 0; attempt <= retries; attempt += 1) {
      if (attempt > 0) await sleep(options.retryDelayMs ?? 50);
      const result = await this.attempt(url, headers, rawBody, options.timeoutMs ?? 10_000);
      delivery.attempts.push(result);
      delivery.status = result.status;
      delivery.body = result.body;
      if (result.status === 200) break;
    }
    return delivery;
  }

  /** Aborts deliveries in flight (used by stop()). */
  abortAll(): void {
    for (const controller of this.controllers) controller.abort();
  }

  private signature(event: ZaloEvent, rawBody: string, options: PushOptions): string | undefined {
    const mode = options.signature ?? 'valid';
    if (mode === 'none') return undefined;
    const key = mode === 'forged' ? `${this.oaSecretKey}-forged` : this.oaSecretKey;
    const hex = zaloSignature(this.appId, rawBody, event.timestamp, key);
    return options.prefix === false ? hex : `mac=${hex}`;
  }

  private async attempt(
    url: string,
    headers: Record<string, string>,
    rawBody: string,
    timeoutMs: number,
  ): Promise<DeliveryAttempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    this.controllers.add(controller);
    const started = Date.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: rawBody,
        signal: controller.signal,
      });
      return { status: response.status, body: await response.text(), durationMs: Date.now() - started };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { status: null, body: '', error: message, durationMs: Date.now() - started };
    } finally {
      clearTimeout(timer);
      this.controllers.delete(controller);
    }
  }
}
