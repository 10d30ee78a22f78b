import { useNavigate } from 'react-router-dom';
import { Button } from 'zmp-ui';
import { useEffect } from 'react';
import type { Dossier, Notice } from '../api/types';
import { AppPage } from '../components/app-page';
import { DossierCard } from '../components/dossier-card';
import { EmptyState } from '../components/empty-state';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { PhoneLinkCard } from '../components/phone-link-card';
import { RateDossierButton } from '../components/rate-dossier-button';
import { useApi } from '../hooks/api-context';
import { useAsync } from '../hooks/use-async';
import { paths } from '../routes';

/** New notices; once on screen they are acknowledged, so a screen left at once loses none. */
function Notices({ items }: { items: Notice[] }) {
  const api = useApi();
  useEffect(() => {
    const ids = [...new Set(items.map((item) => item.id))];
    // Not acknowledged (offline, say): the server simply gives them again next time.
    if (ids.length > 0) api.markNoticesRead(ids).catch(() => undefined);
  }, [api, items]);
  if (items.length === 0) return null;
  return (
    <section className="notice notice-info" aria-label="Thông báo mới" data-testid="notices" role="status">
      <p className="notice-title">Thông báo mới</p>
      <ul className="notice-list">
        {items.map((item, index) => (
          <li key={index}>{item.text}</li>
        ))}
      </ul>
    </section>
  );
}

function DossierList({ dossiers }: { dossiers: Dossier[] }) {
  return (
    <div className="dossier-list">
      {dossiers.map((dossier) => (
        <DossierCard key={dossier.code} dossier={dossier}>
          <RateDossierButton dossier={dossier} />
        </DossierCard>
      ))}
    </div>
  );
}

export function MyDossiersPage() {
  const api = useApi();
  const navigate = useNavigate();
  const dossiers = useAsync(() => api.myDossiers(), [api]);
  // A failure to fetch notices must not hide the list.
  const notices = useAsync(() => api.notifications(), [api]);
  const me = useAsync(() => api.me(), [api]);

  return (
    <AppPage title="Hồ sơ của tôi">
      {notices.status === 'ready' && <Notices items={notices.data} />}

      {dossiers.status === 'loading' && <LoadingState label="Đang tải hồ sơ…" />}
      {dossiers.status === 'error' && <ErrorNotice message={dossiers.message} onRetry={dossiers.reload} />}
      {dossiers.status === 'ready' && dossiers.data.length === 0 && (
        <EmptyState
          title="Bạn chưa theo dõi hồ sơ nào."
          hint="Vào “Tra cứu hồ sơ”, nhập mã hồ sơ in trên giấy biên nhận rồi bấm “Theo dõi hồ sơ”: hồ sơ sẽ hiện ở đây và bạn được báo khi có kết quả."
        >
          <Button size="medium" variant="secondary" onClick={() => navigate(paths.lookup)}>
            Đi đến Tra cứu hồ sơ
          </Button>
        </EmptyState>
      )}
      {dossiers.status === 'ready' && dossiers.data.length > 0 && <DossierList dossiers={dossiers.data} />}

      {me.status === 'ready' && (
        <PhoneLinkCard
          phone={me.data.phone}
          onLinked={(phone) => {
            me.update((data) => ({ ...data, phone }));
            dossiers.reload();
          }}
        />
      )}
    </AppPage>
  );
}
