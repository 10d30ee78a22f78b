import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Header, Page } from 'zmp-ui';
import { AppIcon } from './app-icon';

const HEADER_COLOR = '#006AF5';

interface AppPageProps {
  title: string;
  /** Secondary pages get a back button; the three tabs do not. */
  showBack?: boolean;
  children: ReactNode;
}

/** One screen: Zalo-style header (the native action bar is hidden in app-config.json) and content. */
export function AppPage({ title, showBack = false, children }: AppPageProps) {
  const navigate = useNavigate();
  const location = useLocation();
  // A page opened straight from a shared link is the first entry: there is nothing to go back to.
  const goBack = () => (location.key === 'default' ? navigate('/') : navigate(-1));

  return (
    <Page className="app-page">
      <Header
        title={title}
        showBackIcon={showBack}
        onBackClick={goBack}
        backgroundColor={HEADER_COLOR}
        textColor="#ffffff"
        backIcon={
          <span className="back-icon">
            <AppIcon icon="chevron-left" />
            <span className="sr-only">Quay lại</span>
          </span>
        }
      />
      <main className="app-page-body">{children}</main>
    </Page>
  );
}
