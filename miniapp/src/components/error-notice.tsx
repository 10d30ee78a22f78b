import { Button } from 'zmp-ui';
import { AppIcon } from './app-icon';

interface ErrorNoticeProps {
  message: string;
  onRetry?: () => void;
}

/** A failure in words a citizen understands, with a way to try again. */
export function ErrorNotice({ message, onRetry }: ErrorNoticeProps) {
  return (
    <div className="notice notice-error" role="alert">
      <span className="notice-icon" aria-hidden="true">
        <AppIcon icon="warning" />
      </span>
      <div className="notice-body">
        <p>{message}</p>
        {onRetry && (
          <Button size="small" variant="secondary" onClick={onRetry}>
            Thử lại
          </Button>
        )}
      </div>
    </div>
  );
}
