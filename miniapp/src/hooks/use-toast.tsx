import { useCallback, type ReactNode } from 'react';
import { useSnackbar } from 'zmp-ui';
import { AppIcon, type IconName } from '../components/app-icon';

type ToastKind = 'success' | 'error' | 'info';

/** zmp-ui's snackbar, typed (its published typings point at a path that does not exist). */
interface SnackbarApi {
  openSnackbar(options: { text: string; type?: ToastKind; duration?: number; prefixIcon?: ReactNode }): void;
}

const ICON_BY_KIND: Record<ToastKind, IconName> = { success: 'check', error: 'warning', info: 'info' };
const ANNOUNCER_ID = 'toast-announcer';

/**
 * zmp-ui's snackbar is not a live region: screen readers would never hear it. The same text is
 * also written here, rendered once at the root of the app.
 */
export function ToastAnnouncer() {
  return (
    <div id={ANNOUNCER_ID} className="sr-only" role="status" aria-live="polite" data-testid={ANNOUNCER_ID} />
  );
}

function announce(text: string) {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  // Cleared first so that the same message twice in a row is read twice.
  region.textContent = '';
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}

export function useToast() {
  const { openSnackbar } = useSnackbar() as SnackbarApi;
  return useCallback(
    (text: string, type: ToastKind = 'info') => {
      openSnackbar({ text, type, duration: 4000, prefixIcon: <AppIcon icon={ICON_BY_KIND[type]} /> });
      announce(text);
    },
    [openSnackbar],
  );
}
