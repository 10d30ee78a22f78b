/** Makes isInsideZalo() true for the current test, as inside Zalo's webview (setup.ts undoes it). */
export function pretendInsideZalo(): void {
  Object.defineProperty(navigator, 'userAgent', {
    value:
      'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 Zalo android/12345',
    configurable: true,
  });
}
