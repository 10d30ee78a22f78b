import { getAccessToken } from 'zmp-sdk/apis';
import { isInsideZalo } from '../zalo/environment';

/** What older zmp-sdk versions return outside Zalo instead of a token. */
export const PLACEHOLDER_ACCESS_TOKEN = 'DEFAULT ACCESS TOKEN';
export const DEV_USER_STORAGE_KEY = 'tthc-miniapp.dev-user-id';
/** Outside Zalo getAccessToken() may never settle on some hosts; requests must not wait on it forever. */
const TOKEN_WAIT_MS = 8000;

export type IdentityHeaders = Record<string, string>;

/** The Zalo access token, or null when there is none (a browser, a placeholder, a failure). */
async function zaloAccessToken(waitMs = TOKEN_WAIT_MS): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs);
  });
  try {
    const token = await Promise.race([getAccessToken(), timeout]);
    if (typeof token !== 'string') return null;
    const trimmed = token.trim();
    return trimmed && trimmed !== PLACEHOLDER_ACCESS_TOKEN ? trimmed : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

function randomId(): string {
  const bytes = new Uint8Array(16);
  // getRandomValues works on plain http too, where crypto.randomUUID does not exist.
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let memoryDevUserId: string | null = null;

/**
 * The browser's own test identity, created once and kept in localStorage so that followed dossiers
 * survive a reload. Kept in memory when storage is unavailable (private mode, blocked cookies).
 */
function devUserId(storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): string {
  try {
    const stored = storage?.getItem(DEV_USER_STORAGE_KEY);
    if (stored) return stored;
  } catch {
    // fall through to a new id
  }
  const id = memoryDevUserId ?? randomId();
  memoryDevUserId = id;
  try {
    storage?.setItem(DEV_USER_STORAGE_KEY, id);
  } catch {
    // storage full or blocked: the in-memory id still works for this session
  }
  return id;
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The headers that tell the server who is asking (docs/miniapp-api.md, "Who is asking"). */
export async function identityHeaders(insideZalo: boolean = isInsideZalo()): Promise<IdentityHeaders> {
  const token = await zaloAccessToken();
  if (token) return { 'X-Zalo-Access-Token': token };
  // Inside Zalo a missing token is a failure to report, never a reason to act as a test user.
  return insideZalo ? {} : { 'X-Miniapp-Dev-User': devUserId() };
}

/** For tests: forget the in-memory fallback id. */
export function resetDevUserIdForTests(): void {
  memoryDevUserId = null;
}
