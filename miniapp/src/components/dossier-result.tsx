import { useState } from 'react';
import { Button } from 'zmp-ui';
import { toUserMessage } from '../api/errors';
import type { Dossier } from '../api/types';
import { useApi } from '../hooks/api-context';
import { useToast } from '../hooks/use-toast';
import { DossierCard } from './dossier-card';
import { DossierHistory } from './dossier-history';
import { RateDossierButton } from './rate-dossier-button';
import { Tag } from './status-tag';
import { VerifyOwnerModal } from './verify-owner-modal';

interface DossierResultProps {
  dossier: Dossier;
  onChange: (dossier: Dossier) => void;
}

/** A looked-up dossier with what the citizen can do next: follow it, prove it is theirs, rate it. */
export function DossierResult({ dossier, onChange }: DossierResultProps) {
  const api = useApi();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [verifying, setVerifying] = useState(false);

  const setFollowing = async (follow: boolean) => {
    setBusy(true);
    try {
      const result = follow ? await api.follow(dossier.code) : await api.unfollow(dossier.code);
      onChange({ ...dossier, following: result.following });
      toast(
        result.following
          ? 'Đã theo dõi hồ sơ. Bạn sẽ nhận thông báo khi hồ sơ có thay đổi.'
          : 'Đã bỏ theo dõi hồ sơ.',
        'success',
      );
    } catch (error) {
      toast(toUserMessage(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  const verify = async (last4: string) => {
    const detailed = await api.verifyDossier(dossier.code, last4);
    onChange({ ...dossier, ...detailed });
    setVerifying(false);
  };

  return (
    <>
      <DossierCard dossier={dossier}>
        {dossier.followable && !dossier.following && (
          <Button size="medium" loading={busy} onClick={() => setFollowing(true)}>
            Theo dõi hồ sơ
          </Button>
        )}
        {dossier.following && (
          <div className="following-row">
            <Tag tone="success">Đang theo dõi</Tag>
            <Button size="small" variant="tertiary" loading={busy} onClick={() => setFollowing(false)}>
              Bỏ theo dõi
            </Button>
          </div>
        )}
        {!dossier.history && (
          <Button size="medium" variant="secondary" onClick={() => setVerifying(true)}>
            Xem chi tiết
          </Button>
        )}
        <RateDossierButton dossier={dossier} />
      </DossierCard>
      {dossier.history && <DossierHistory dossier={dossier} />}
      <VerifyOwnerModal visible={verifying} onClose={() => setVerifying(false)} onVerify={verify} />
    </>
  );
}
