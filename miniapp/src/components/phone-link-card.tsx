import { useState } from 'react';
import { Button } from 'zmp-ui';
import { ApiError } from '../api/errors';
import { useApi } from '../hooks/api-context';
import { useToast } from '../hooks/use-toast';
import { requestPhoneToken } from '../zalo/bridge';
import { zaloFailureMessage } from '../zalo/zalo-messages';
import { AppIcon } from './app-icon';
import { SectionCard } from './section-card';

interface PhoneLinkCardProps {
  /** Masked phone already linked, or null. */
  phone: string | null;
  onLinked: (maskedPhone: string) => void;
}

/** Linking the Zalo phone number makes dossiers filed with it appear without typing their codes. */
export function PhoneLinkCard({ phone, onLinked }: PhoneLinkCardProps) {
  const api = useApi();
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const link = async () => {
    setBusy(true);
    try {
      const token = await requestPhoneToken();
      const result = await api.linkPhone(token);
      onLinked(result.phone);
      toast(`Đã liên kết số điện thoại ${result.phone}.`, 'success');
    } catch (error) {
      toast(
        error instanceof ApiError
          ? error.message
          : zaloFailureMessage(error, 'Chưa lấy được số điện thoại. Vui lòng thử lại.'),
        'error',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <SectionCard title="Số điện thoại của bạn" testId="phone-link">
      {phone ? (
        <p className="fact">
          <span className="fact-label">Đã liên kết:</span> <span data-testid="linked-phone">{phone}</span>. Hồ
          sơ nộp bằng số này sẽ tự hiện ở đây.
        </p>
      ) : (
        <>
          <p className="muted">
            Liên kết số điện thoại Zalo của bạn: các hồ sơ đã nộp bằng số điện thoại này sẽ tự hiện trong danh
            sách, không cần nhập mã hồ sơ.
          </p>
          <div className="card-actions">
            <Button size="medium" loading={busy} prefixIcon={<AppIcon icon="phone" />} onClick={link}>
              Liên kết số điện thoại
            </Button>
          </div>
        </>
      )}
    </SectionCard>
  );
}
