import { useNavigate, useParams } from 'react-router-dom';
import { AppPage } from '../components/app-page';
import { EmptyState } from '../components/empty-state';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { ProcedureList } from '../components/procedure-list';
import { useApi } from '../hooks/api-context';
import { useAsync } from '../hooks/use-async';
import { paths } from '../routes';

/** The procedures one life event usually needs ("Sinh con": khai sinh, thường trú, BHYT…). */
export function LifeEventPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const navigate = useNavigate();
  const events = useAsync(() => api.lifeEvents(), [api]);
  const event = events.status === 'ready' ? events.data.find((e) => e.id === id) : undefined;

  return (
    <AppPage title={event?.title ?? 'Thủ tục theo sự kiện'} showBack>
      {events.status === 'loading' && <LoadingState />}
      {events.status === 'error' && <ErrorNotice message={events.message} onRetry={events.reload} />}
      {events.status === 'ready' && !event && <EmptyState title="Không tìm thấy sự kiện này." />}
      {event && (
        <>
          <h1 className="page-title">{event.title}</h1>
          {event.description && <p className="muted page-lead">{event.description}</p>}
          {event.procedures.length === 0 ? (
            <EmptyState title="Chưa có thủ tục nào cho sự kiện này." />
          ) : (
            <div className="card card-flush">
              <ProcedureList items={event.procedures} onSelect={(code) => navigate(paths.procedure(code))} />
            </div>
          )}
        </>
      )}
    </AppPage>
  );
}
