import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button } from 'zmp-ui';
import { toUserMessage } from '../api/errors';
import type { ProcedureSummary } from '../api/types';
import { AppPage } from '../components/app-page';
import { EmptyState } from '../components/empty-state';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { ProcedureList } from '../components/procedure-list';
import { ProcedureSearchForm } from '../components/procedure-search-form';
import { useApi } from '../hooks/api-context';
import { useAsync } from '../hooks/use-async';
import { useToast } from '../hooks/use-toast';
import { paths } from '../routes';

const PAGE_SIZE = 20;

export function SearchResultsPage() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const api = useApi();
  const navigate = useNavigate();
  const toast = useToast();
  const firstPage = useAsync(
    () => (query ? api.searchProcedures(query, { limit: PAGE_SIZE }) : Promise.resolve(null)),
    [api, query],
  );
  const [more, setMore] = useState<ProcedureSummary[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => setMore([]), [query]);

  const results = firstPage.status === 'ready' && firstPage.data;
  const shown = results ? [...results.items, ...more] : [];

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      const next = await api.searchProcedures(query, { limit: PAGE_SIZE, offset: shown.length });
      setMore((items) => [...items, ...next.items]);
    } catch (error) {
      toast(toUserMessage(error), 'error');
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <AppPage title="Kết quả tìm kiếm" showBack>
      <div className="hero hero-compact">
        <ProcedureSearchForm
          key={query}
          initialQuery={query}
          onSearch={(next) => navigate(paths.search(next), { replace: true })}
        />
      </div>

      {!query && <EmptyState title="Nhập tên thủ tục bạn cần tìm." />}
      {firstPage.status === 'loading' && <LoadingState label="Đang tìm thủ tục…" />}
      {firstPage.status === 'error' && <ErrorNotice message={firstPage.message} onRetry={firstPage.reload} />}
      {results && results.total === 0 && (
        <EmptyState
          title={`Không tìm thấy thủ tục phù hợp với “${query}”.`}
          hint="Hãy thử từ khóa ngắn hơn hoặc cách gọi khác, ví dụ: “khai sinh”, “đăng ký kết hôn”, “căn cước”. Bạn cũng có thể chọn theo sự kiện ở Trang chủ."
        />
      )}
      {results && results.total > 0 && (
        <>
          <p className="result-count" role="status">
            Tìm thấy {results.total} thủ tục
          </p>
          <div className="card card-flush">
            <ProcedureList items={shown} onSelect={(code) => navigate(paths.procedure(code))} />
          </div>
          {shown.length < results.total && (
            <Button
              variant="secondary"
              fullWidth
              loading={loadingMore}
              onClick={loadMore}
              className="more-button"
            >
              Xem thêm
            </Button>
          )}
        </>
      )}
    </AppPage>
  );
}
