import { useId } from 'react';
import { useParams } from 'react-router-dom';
import { Button } from 'zmp-ui';
import type { ProcedureDetail } from '../api/types';
import { AppIcon } from '../components/app-icon';
import { AppPage } from '../components/app-page';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import {
  DocumentsSection,
  FeesSection,
  LegalBasesSection,
  PlaceSection,
  ProcessingTimeSection,
  ResultSection,
  TextSection,
} from '../components/procedure-sections';
import { useApi } from '../hooks/api-context';
import { useAsync } from '../hooks/use-async';
import { useToast } from '../hooks/use-toast';
import { sharedProcedurePath } from '../routes';
import { openWebPage, shareMiniAppPage } from '../zalo/bridge';
import { zaloFailureMessage } from '../zalo/zalo-messages';

/** Absolute, because Zalo fetches the share card's image itself. */
function shareThumbnailUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}share-thumbnail.png`, document.baseURI).href;
}

function ProcedureSummaryCard({ procedure }: { procedure: ProcedureDetail }) {
  const toast = useToast();
  const nameId = useId();
  const agency = procedure.agencies.implementing ?? procedure.agencies.competent;
  const canFileOnline = procedure.channels.some((channel) => channel.kind === 'online');

  const share = async () => {
    try {
      await shareMiniAppPage({
        title: procedure.name,
        description: 'Thành phần hồ sơ, thời hạn, lệ phí và nơi nộp',
        path: sharedProcedurePath(procedure.code),
        thumbnail: shareThumbnailUrl(),
      });
    } catch (error) {
      toast(zaloFailureMessage(error), 'error');
    }
  };

  return (
    <section className="card" aria-labelledby={nameId}>
      <h1 id={nameId} className="page-title">
        {procedure.name}
      </h1>
      <p className="fact">
        <span className="fact-label">Cấp thực hiện:</span> {procedure.level || 'Không có thông tin'}
      </p>
      {procedure.field && (
        <p className="fact">
          <span className="fact-label">Lĩnh vực:</span> {procedure.field}
        </p>
      )}
      {agency && (
        <p className="fact">
          <span className="fact-label">Cơ quan:</span> {agency}
        </p>
      )}
      <p className="fact muted">Mã thủ tục: {procedure.code}</p>
      <div className="card-actions">
        {procedure.detailUrl && (
          <Button
            size="medium"
            prefixIcon={<AppIcon icon="external" />}
            onClick={() => procedure.detailUrl && openWebPage(procedure.detailUrl)}
          >
            {canFileOnline ? 'Nộp trực tuyến' : 'Xem trên Cổng DVC'}
          </Button>
        )}
        <Button size="medium" variant="secondary" prefixIcon={<AppIcon icon="share" />} onClick={share}>
          Chia sẻ
        </Button>
      </div>
    </section>
  );
}

export function ProcedureDetailPage() {
  const { code = '' } = useParams();
  const api = useApi();
  const procedure = useAsync(() => api.procedure(code), [api, code]);

  return (
    <AppPage title="Chi tiết thủ tục" showBack>
      {procedure.status === 'loading' && <LoadingState />}
      {procedure.status === 'error' && <ErrorNotice message={procedure.message} onRetry={procedure.reload} />}
      {procedure.status === 'ready' && (
        <>
          <ProcedureSummaryCard procedure={procedure.data} />
          <DocumentsSection documents={procedure.data.documents} />
          <ProcessingTimeSection channels={procedure.data.channels} />
          <FeesSection channels={procedure.data.channels} />
          <PlaceSection procedure={procedure.data} />
          {procedure.data.conditions?.trim() && (
            <TextSection
              title="Yêu cầu, điều kiện"
              text={procedure.data.conditions}
              testId="section-conditions"
            />
          )}
          <TextSection title="Trình tự thực hiện" text={procedure.data.steps} testId="section-steps" />
          <ResultSection documents={procedure.data.result?.documents ?? []} />
          <LegalBasesSection legalBases={procedure.data.legalBases} />
        </>
      )}
    </AppPage>
  );
}
