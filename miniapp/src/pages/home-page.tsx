import { useNavigate } from 'react-router-dom';
import { AppIcon } from '../components/app-icon';
import { AppPage } from '../components/app-page';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { OfficialAccountCard } from '../components/official-account-card';
import { ProcedureSearchForm } from '../components/procedure-search-form';
import { SectionCard } from '../components/section-card';
import { useApi } from '../hooks/api-context';
import { useAsync } from '../hooks/use-async';
import { paths } from '../routes';

export function HomePage() {
  const api = useApi();
  const navigate = useNavigate();
  const config = useAsync(() => api.config(), [api]);
  const lifeEvents = useAsync(() => api.lifeEvents(), [api]);

  return (
    <AppPage title="Dịch vụ công">
      <div className="hero">
        <p className="hero-title">Bạn cần làm thủ tục gì?</p>
        <ProcedureSearchForm onSearch={(query) => navigate(paths.search(query))} />
      </div>

      <div className="shortcuts">
        <button type="button" className="shortcut" onClick={() => navigate(paths.lookup)}>
          <span className="shortcut-icon" aria-hidden="true">
            <AppIcon icon="search" />
          </span>
          <span>Tra cứu hồ sơ</span>
        </button>
        <button type="button" className="shortcut" onClick={() => navigate(paths.myDossiers)}>
          <span className="shortcut-icon" aria-hidden="true">
            <AppIcon icon="document" />
          </span>
          <span>Hồ sơ của tôi</span>
        </button>
      </div>

      <SectionCard title="Thủ tục theo sự kiện" testId="life-events">
        {lifeEvents.status === 'loading' && <LoadingState />}
        {lifeEvents.status === 'error' && (
          <ErrorNotice message={lifeEvents.message} onRetry={lifeEvents.reload} />
        )}
        {lifeEvents.status === 'ready' && (
          <ul className="event-grid">
            {lifeEvents.data.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  className="event-tile"
                  onClick={() => navigate(paths.lifeEvent(event.id))}
                >
                  <span className="event-tile-title">{event.title}</span>
                  <span className="event-tile-count">{event.procedures.length} thủ tục</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>

      {config.status === 'ready' && config.data.oaId && <OfficialAccountCard oaId={config.data.oaId} />}
    </AppPage>
  );
}
