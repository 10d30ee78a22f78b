import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import * as zmp from 'zmp-sdk/apis';

// zmp-sdk talks to the Zalo app through a native bridge that does not exist here: every API the
// app uses is a mock, which each test arranges (a token, a scan result, a refusal).
vi.mock('zmp-sdk/apis', () => ({
  getAccessToken: vi.fn(),
  followOA: vi.fn(),
  openChat: vi.fn(),
  openWebview: vi.fn(),
  openShareSheet: vi.fn(),
  scanQRCode: vi.fn(),
  getPhoneNumber: vi.fn(),
}));

// findBy…/waitFor wait up to 1 s by default: too short for a busy CI machine (a hang still fails).
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks what zmp-ui's Page calls on mount.
if (!Element.prototype.scrollTo) {
  Element.prototype.scrollTo = function scrollTo() {};
}
window.scrollTo = () => {};
window.open = vi.fn() as unknown as typeof window.open;

beforeEach(() => {
  // A plain browser on localhost, as in development: no Zalo token.
  vi.mocked(zmp.getAccessToken).mockResolvedValue('');
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  // Undo pretendInsideZalo().
  delete (navigator as { userAgent?: string }).userAgent;
});
