import type { EntityManager } from 'typeorm';
import type { DossierStatus } from '../dossier/dossier-status';
import type { NotificationOutbox } from './notification.outbox';

/** Statuses a follower hears about: received and processing are the normal course, not news. */
const QUIET: DossierStatus[] = ['received', 'processing'];
/** Chats that can show rating buttons; a bare phone (ZNS) cannot. */
const RATING_CHANNELS = ['telegram', 'zalo', 'web', 'miniapp'];

/**
 * What a status change tells the dossier's followers, written in the transaction of the change:
 * the new status, and once the result is handed over, a rating prompt sent after that notice.
 */
export async function writeStatusNotices(
  outbox: NotificationOutbox,
  manager: EntityManager,
  dossierCode: string,
  status: DossierStatus,
  statusText: string | null,
): Promise<void> {
  if (QUIET.includes(status)) return;
  await outbox.write(manager, {
    kind: 'status',
    dossierCode,
    about: status,
    payload: { status, statusText },
  });
  if (status !== 'returned') return;
  await outbox.write(manager, {
    kind: 'rating_prompt',
    dossierCode,
    about: status,
    payload: { status },
    channels: RATING_CHANNELS,
    after: { kind: 'status', about: status },
  });
}
