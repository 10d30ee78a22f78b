import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { Button } from 'zmp-ui';
import type { RatingInput } from '../api/types';
import { AppIcon } from '../components/app-icon';
import { AppPage } from '../components/app-page';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { RatingForm } from '../components/rating-form';
import { useApi } from '../hooks/api-context';
import { useAsync } from '../hooks/use-async';
import { paths } from '../routes';

function ThankYou({ levelLabel }: { levelLabel: string }) {
  const navigate = useNavigate();
  return (
    <div className="card thank-you" role="status">
      <span className="thank-you-icon" aria-hidden="true">
        <AppIcon icon="check" size={48} />
      </span>
      <h1 className="page-title">Cảm ơn bạn đã đánh giá</h1>
      <p>
        Mức đánh giá: <strong>{levelLabel}</strong>
      </p>
      <p className="muted">Ý kiến của bạn giúp cơ quan nhà nước phục vụ người dân tốt hơn.</p>
      <div className="card-actions card-actions-center">
        <Button size="medium" onClick={() => navigate(paths.myDossiers)}>
          Về Hồ sơ của tôi
        </Button>
      </div>
    </div>
  );
}

export function RatingPage() {
  const { code = '' } = useParams();
  const procedureName = (useLocation().state as { procedureName?: string } | null)?.procedureName;
  const api = useApi();
  const criteria = useAsync(() => api.ratingCriteria(), [api]);
  const [levelLabel, setLevelLabel] = useState<string | null>(null);

  const send = async (rating: RatingInput) => {
    const result = await api.rate(code, rating);
    setLevelLabel(result.levelLabel);
  };

  return (
    <AppPage title="Đánh giá hài lòng" showBack>
      {levelLabel ? (
        <ThankYou levelLabel={levelLabel} />
      ) : (
        <>
          <div className="rating-subject">
            {procedureName && <p className="rating-procedure">{procedureName}</p>}
            <p className="muted">Hồ sơ {code}</p>
          </div>
          {criteria.status === 'loading' && <LoadingState />}
          {criteria.status === 'error' && (
            <ErrorNotice message={criteria.message} onRetry={criteria.reload} />
          )}
          {criteria.status === 'ready' && <RatingForm criteria={criteria.data} onSubmit={send} />}
        </>
      )}
    </AppPage>
  );
}
