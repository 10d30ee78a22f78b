/**
 * Whether the app runs inside Zalo. zmp-sdk turns Zalo-only calls into silent successes on
 * localhost (an empty scan, an OA "followed"), so a resolved call proves nothing: only Zalo's
 * Mini App host (h5.zdn.vn) or the Zalo webview's user agent does.
 */
export function isInsideZalo(
  location: Pick<Location, 'hostname'> = window.location,
  userAgent = navigator.userAgent,
) {
  const host = location.hostname.toLowerCase();
  return host === 'h5.zdn.vn' || host.endsWith('.zdn.vn') || /\bzalo/i.test(userAgent);
}
