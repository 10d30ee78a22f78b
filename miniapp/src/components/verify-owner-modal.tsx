import { useEffect, useState, type FormEvent } from 'react';
import { Button, Input, Modal } from 'zmp-ui';
import { toUserMessage } from '../api/errors';

interface VerifyOwnerModalProps {
  visible: boolean;
  onClose: () => void;
  /** Resolves when the server accepted the digits; its error message is shown otherwise. */
  onVerify: (last4: string) => Promise<void>;
}

/** Details of a dossier need the last four digits of the phone written on it. */
export function VerifyOwnerModal({ visible, onClose, onVerify }: VerifyOwnerModalProps) {
  const [digits, setDigits] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (visible) {
      setDigits('');
      setError(null);
    }
  }, [visible]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}$/.test(digits)) {
      setError('Vui lòng nhập đúng 4 chữ số cuối của số điện thoại.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onVerify(digits);
    } catch (failure) {
      setError(toUserMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal visible={visible} title="Xác minh người nộp hồ sơ" onClose={onClose} unmountOnClose>
      <form className="verify-form" onSubmit={submit} noValidate>
        <p className="muted">Nhập 4 số cuối của số điện thoại đã dùng khi nộp hồ sơ để xem chi tiết.</p>
        <Input
          aria-label="4 số cuối số điện thoại"
          // The dialog does not move focus itself; the field is the only thing to do here.
          autoFocus
          placeholder="Ví dụ: 5678"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          value={digits}
          status={error ? 'error' : undefined}
          onChange={(event) => setDigits(event.target.value.replace(/\D/g, '').slice(0, 4))}
        />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <Button variant="secondary" onClick={onClose}>
            Hủy
          </Button>
          <Button htmlType="submit" loading={busy}>
            Xác nhận
          </Button>
        </div>
      </form>
    </Modal>
  );
}
