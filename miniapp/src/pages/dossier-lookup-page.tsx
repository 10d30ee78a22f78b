import { useId, useRef, useState, type FormEvent } from 'react';
import { Button, Input } from 'zmp-ui';
import { normalizeDossierCode } from '../api/client';
import { toUserMessage } from '../api/errors';
import type { Dossier } from '../api/types';
import { AppIcon } from '../components/app-icon';
import { AppPage } from '../components/app-page';
import { DossierResult } from '../components/dossier-result';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { dossierCodeFromScan } from '../dossier-code';
import { useApi } from '../hooks/api-context';
import { useToast } from '../hooks/use-toast';
import { ZaloUnavailableError, scanQrText } from '../zalo/bridge';

type Lookup =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; dossier: Dossier };

const DOSSIER_CODE_PLACEHOLDER = 'Mã hồ sơ, ví dụ 000.00.12.H41-250301-0001';

export function DossierLookupPage() {
  const api = useApi();
  const toast = useToast();
  const inputId = useId();
  const [code, setCode] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [lookup, setLookup] = useState<Lookup>({ status: 'idle' });
  // Only the latest lookup may show its answer.
  const latestLookup = useRef(0);

  const lookUp = async (rawCode: string) => {
    const normalized = normalizeDossierCode(rawCode);
    if (!normalized) {
      setFormError('Vui lòng nhập mã hồ sơ.');
      return;
    }
    setFormError(null);
    setLookup({ status: 'loading' });
    const ticket = ++latestLookup.current;
    try {
      const dossier = await api.dossier(normalized);
      if (ticket === latestLookup.current) setLookup({ status: 'ready', dossier });
    } catch (error) {
      if (ticket === latestLookup.current) setLookup({ status: 'error', message: toUserMessage(error) });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void lookUp(code);
  };

  const scan = async () => {
    try {
      const scanned = dossierCodeFromScan(await scanQrText());
      setCode(scanned);
      void lookUp(scanned);
    } catch (error) {
      const outsideZalo = error instanceof ZaloUnavailableError && !error.insideZalo;
      toast(
        outsideZalo
          ? 'Không quét được mã QR: chức năng này chỉ dùng được trong Zalo.'
          : 'Không quét được mã QR. Vui lòng thử lại hoặc nhập mã hồ sơ.',
        'error',
      );
    }
  };

  return (
    <AppPage title="Tra cứu hồ sơ">
      <form className="card lookup-form" onSubmit={submit} noValidate>
        <label className="field-label" htmlFor={inputId}>
          Mã hồ sơ (in trên giấy biên nhận)
        </label>
        <Input
          id={inputId}
          aria-label="Mã hồ sơ"
          placeholder={DOSSIER_CODE_PLACEHOLDER}
          value={code}
          maxLength={64}
          autoComplete="off"
          autoCapitalize="characters"
          enterKeyHint="search"
          status={formError ? 'error' : undefined}
          onChange={(event) => setCode(event.target.value)}
        />
        {formError && (
          <p className="field-error" role="alert">
            {formError}
          </p>
        )}
        <div className="card-actions">
          <Button variant="secondary" size="medium" prefixIcon={<AppIcon icon="qr" />} onClick={scan}>
            Quét mã QR
          </Button>
          <Button
            htmlType="submit"
            size="medium"
            loading={lookup.status === 'loading'}
            data-testid="lookup-submit"
          >
            Tra cứu
          </Button>
        </div>
      </form>

      {lookup.status === 'loading' && <LoadingState label="Đang tra cứu hồ sơ…" />}
      {lookup.status === 'error' && <ErrorNotice message={lookup.message} />}
      {lookup.status === 'ready' && (
        <DossierResult
          dossier={lookup.dossier}
          onChange={(dossier) => setLookup({ status: 'ready', dossier })}
        />
      )}
    </AppPage>
  );
}
