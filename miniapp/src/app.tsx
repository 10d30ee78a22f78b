import { useEffect, useState, type ReactNode } from 'react';
import { Route, Routes, useLocation, useNavigate, useNavigationType } from 'react-router-dom';
import { App, SnackbarProvider, ZMPRouter } from 'zmp-ui';
import type { PublicApi } from './api/client';
import { BottomNav } from './components/bottom-nav';
import { ApiProvider } from './hooks/api-context';
import { ToastAnnouncer } from './hooks/use-toast';
import { DossierLookupPage } from './pages/dossier-lookup-page';
import { HomePage } from './pages/home-page';
import { LifeEventPage } from './pages/life-event-page';
import { MyDossiersPage } from './pages/my-dossiers-page';
import { ProcedureDetailPage } from './pages/procedure-detail-page';
import { RatingPage } from './pages/rating-page';
import { SearchResultsPage } from './pages/search-results-page';

const ROUTES = [
  { path: '/', element: <HomePage /> },
  { path: '/search', element: <SearchResultsPage /> },
  { path: '/life-events/:id', element: <LifeEventPage /> },
  { path: '/procedures/:code', element: <ProcedureDetailPage /> },
  { path: '/dossiers', element: <DossierLookupPage /> },
  { path: '/me', element: <MyDossiersPage /> },
  { path: '/rate/:code', element: <RatingPage /> },
  { path: '*', element: <HomePage /> },
];

/**
 * The new page slides in as in Zalo, but the old one leaves at once. zmp-ui's AnimationRoutes keeps
 * the leaving page in the DOM for 400 ms: two copies of every text and button at the same time,
 * which screen readers announce and which make end-to-end locators ambiguous.
 */
function AppRoutes() {
  const location = useLocation();
  const direction = useNavigationType() === 'POP' ? 'backward' : 'forward';
  return (
    <div key={location.key} className={`page-transition page-transition-${direction}`}>
      <Routes location={location}>
        {ROUTES.map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
      </Routes>
    </div>
  );
}

/**
 * The memory router always starts at "/"; a shared link (or a test) may need another first page.
 * Nothing renders before that navigation, so the home page does not load for nothing. A plain
 * effect, not a layout effect: the router subscribes to its history in a layout effect of its own,
 * which runs after its children's, and would miss an earlier navigation.
 */
function StartAt({ path, children }: { path?: string; children: ReactNode }) {
  const navigate = useNavigate();
  const [ready, setReady] = useState(!path || path === '/');
  useEffect(() => {
    if (!ready && path) {
      navigate(path, { replace: true });
      setReady(true);
    }
  }, [navigate, path, ready]);
  return ready ? <>{children}</> : null;
}

interface MiniAppProps {
  api: PublicApi;
  initialPath?: string;
}

export function MiniApp({ api, initialPath }: MiniAppProps) {
  return (
    <App>
      <ApiProvider client={api}>
        <SnackbarProvider>
          {/* A memory router: the app is served under /zapps/<id>/ in Zalo and /miniapp/ by our backend. */}
          <ZMPRouter memoryRouter>
            <StartAt path={initialPath}>
              <AppRoutes />
              <BottomNav />
            </StartAt>
            <ToastAnnouncer />
          </ZMPRouter>
        </SnackbarProvider>
      </ApiProvider>
    </App>
  );
}
