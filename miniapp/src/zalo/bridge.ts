import { followOA, getPhoneNumber, openChat, openShareSheet, openWebview, scanQRCode } from 'zmp-sdk/apis';
import { isInsideZalo } from './environment';

export const ZALO_ONLY_MESSAGE = 'Chức năng này chỉ dùng được trong Zalo.';

/** A Zalo-only feature was asked for outside Zalo, or Zalo refused it. */
export class ZaloUnavailableError extends Error {
  constructor(readonly insideZalo: boolean) {
    super(ZALO_ONLY_MESSAGE);
    this.name = 'ZaloUnavailableError';
  }
}

async function zaloOnly<T>(call: () => Promise<T>): Promise<T> {
  if (!isInsideZalo()) throw new ZaloUnavailableError(false);
  try {
    return await call();
  } catch {
    throw new ZaloUnavailableError(true);
  }
}

export function followOfficialAccount(oaId: string): Promise<void> {
  return zaloOnly(() => followOA({ id: oaId }));
}

export function chatWithOfficialAccount(oaId: string): Promise<void> {
  return zaloOnly(() => openChat({ type: 'oa', id: oaId }));
}

/** Opens a web page: in Zalo's in-app browser when possible, otherwise a new browser tab. */
export async function openWebPage(url: string): Promise<void> {
  if (isInsideZalo()) {
    try {
      await openWebview({ url });
      return;
    } catch {
      // an older Zalo without openWebview: let the webview handle a plain link
    }
  }
  window.open(url, '_blank', 'noopener,noreferrer');
}

export interface ShareContent {
  title: string;
  description: string;
  /** The page inside the Mini App that the shared card opens. */
  path: string;
  /** Absolute URL of the card's image (Zalo requires one). */
  thumbnail: string;
}

export async function shareMiniAppPage(content: ShareContent): Promise<void> {
  await zaloOnly(() => openShareSheet({ type: 'zmp', data: content }));
}

/** The text of a scanned QR code; rejects when nothing was read. */
export async function scanQrText(): Promise<string> {
  const result = await zaloOnly(() => scanQRCode());
  const text = result?.content?.trim();
  if (!text) throw new ZaloUnavailableError(true);
  return text;
}

/** Zalo's one-time token for the citizen's phone number, which only the server can exchange. */
export async function requestPhoneToken(): Promise<string> {
  const result = await zaloOnly(() => getPhoneNumber());
  if (!result?.token) throw new ZaloUnavailableError(true);
  return result.token;
}
