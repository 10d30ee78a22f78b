import { Spinner } from 'zmp-ui';

export function LoadingState({ label = 'Đang tải…' }: { label?: string }) {
  return (
    <div className="loading-state" role="status" aria-live="polite">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
