import { Button } from 'zmp-ui';
import { useToast } from '../hooks/use-toast';
import { chatWithOfficialAccount, followOfficialAccount } from '../zalo/bridge';
import { zaloFailureMessage } from '../zalo/zalo-messages';
import { AppIcon } from './app-icon';
import { SectionCard } from './section-card';

/** Following the OA is how citizens get told when a dossier changes. */
export function OfficialAccountCard({ oaId }: { oaId: string }) {
  const toast = useToast();

  const follow = async () => {
    try {
      await followOfficialAccount(oaId);
      toast('Cảm ơn bạn đã quan tâm Zalo OA.', 'success');
    } catch (error) {
      toast(zaloFailureMessage(error), 'error');
    }
  };

  const chat = async () => {
    try {
      await chatWithOfficialAccount(oaId);
    } catch (error) {
      toast(zaloFailureMessage(error), 'error');
    }
  };

  return (
    <SectionCard title="Nhận thông báo qua Zalo" className="oa-card" testId="oa-card">
      <p className="muted">
        Quan tâm Zalo OA để nhận thông báo khi hồ sơ có kết quả và được tổng đài hỗ trợ trực tiếp.
      </p>
      <div className="card-actions">
        <Button size="medium" prefixIcon={<AppIcon icon="follow" />} onClick={follow}>
          Quan tâm Zalo OA
        </Button>
        <Button size="medium" variant="secondary" prefixIcon={<AppIcon icon="chat" />} onClick={chat}>
          Nhắn tin cho tổng đài
        </Button>
      </div>
    </SectionCard>
  );
}
