import { useLocation, useNavigate } from 'react-router-dom';
import { BottomNavigation } from 'zmp-ui';
import { AppIcon } from './app-icon';

const TABS = [
  { key: 'home', path: '/', label: 'Trang chủ', icon: 'home' },
  { key: 'lookup', path: '/dossiers', label: 'Tra cứu hồ sơ', icon: 'search' },
  { key: 'mine', path: '/me', label: 'Hồ sơ của tôi', icon: 'user' },
] as const;

/** Procedure pages belong to the home tab; the rating form is reached from one's own dossiers. */
function activeTabFor(pathname: string): (typeof TABS)[number]['key'] {
  if (pathname.startsWith('/dossiers')) return 'lookup';
  if (pathname.startsWith('/me') || pathname.startsWith('/rate')) return 'mine';
  return 'home';
}

export function BottomNav() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = activeTabFor(pathname);

  return (
    <nav aria-label="Điều hướng chính" data-testid="bottom-nav">
      <BottomNavigation fixed activeKey={active}>
        {TABS.map((tab) => (
          <BottomNavigation.Item
            key={tab.key}
            itemKey={tab.key}
            label={tab.label}
            icon={<AppIcon icon={tab.icon} />}
            // Tapping the current tab from one of its inner pages still goes back to its start.
            onClick={() => pathname !== tab.path && navigate(tab.path)}
          />
        ))}
      </BottomNavigation>
    </nav>
  );
}
