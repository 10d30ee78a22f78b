/**
 * Line icons drawn as inline SVG. zmp-ui's Icon is a ligature font loaded from Zalo's CDN: until
 * (or unless) it loads, the page shows words like "zi_search", and those words leak into button
 * names. These need no network and are always hidden from assistive technology.
 */
const PATHS = {
  home: 'M3 11.5 12 4l9 7.5M5.5 9.5V20h5v-6h3v6h5V9.5',
  search: 'M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM15.5 15.5 20 20',
  user: 'M12 4a4 4 0 1 1 0 8 4 4 0 0 1 0-8ZM4.5 20c.6-3.6 3.7-5.5 7.5-5.5s6.9 1.9 7.5 5.5',
  document: 'M6 3h8l4 4v14H6ZM14 3v4h4M9 12h6M9 16h6',
  'chevron-left': 'M15 5l-7 7 7 7',
  'chevron-right': 'M9 5l7 7-7 7',
  warning: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18ZM12 7.5v6M12 16.5v.5',
  qr: 'M4 4h6v6H4ZM14 4h6v6h-6ZM4 14h6v6H4ZM14 14h2.5v2.5H14ZM17.5 17.5H20V20h-2.5ZM14 20h1M20 14v1',
  share:
    'M18 3.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5ZM6 9.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5ZM18 15.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5ZM8.2 10.8l7.6-4.1M8.2 13.2l7.6 4.1',
  external: 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
  chat: 'M4 5h16v11H9.5L4 20Z',
  follow: 'M10 4a4 4 0 1 1 0 8 4 4 0 0 1 0-8ZM3 20c.5-3.4 3.3-5.5 7-5.5 1.3 0 2.5.3 3.5.7M18 13v6M15 16h6',
  phone:
    'M8 2.5h8a1.5 1.5 0 0 1 1.5 1.5v16a1.5 1.5 0 0 1-1.5 1.5H8A1.5 1.5 0 0 1 6.5 20V4A1.5 1.5 0 0 1 8 2.5ZM11 18h2',
  check: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18ZM8 12.5l3 3 5-6',
  info: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18ZM12 11v5.5M12 7.5v.5',
} as const;

export type IconName = keyof typeof PATHS;

export function AppIcon({ icon, size = 24 }: { icon: IconName; size?: number }) {
  return (
    <svg
      className="app-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[icon]} />
    </svg>
  );
}
