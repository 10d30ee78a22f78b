import { StaffSession, StaffUser } from '../admin/auth/staff.entities';
import { AuditLog } from '../admin/audit/audit-log.entity';
import { ContentVersion } from '../admin/content/content-version.entity';
import { RequestNote } from '../admin/inbox/request-note.entity';
import { UnansweredQuestion } from '../admin/unanswered/unanswered-question.entity';
import { TurnLog } from '../admin/usage/turn-log.entity';
import { CATALOG_ENTITIES } from '../catalog/entities';
import { InboundEvent } from '../channels/inbox/inbound-event.entity';
import { TelegramCallback } from '../channels/telegram/telegram-callback.entity';
import { MiniAppUser } from '../channels/miniapp/miniapp-user.entity';
import { ZaloOauthState, ZaloToken, ZaloUser } from '../channels/zalo/zalo.entities';
import { CitizenRequest } from '../dialogue/requests/citizen-request.entity';
import { Dossier, DossierLookupAttempt, DossierStatusHistory } from '../dossier/dossier.entity';
import { Rating } from '../feedback/rating.entity';
import { DossierSubscription, Notification } from '../notify/notify.entities';
import { ConversationState } from '../dialogue/state/conversation-state.entity';

/** Every entity of the app: the DataSource, the CLI and the drift test all use this one list. */
export const ALL_ENTITIES = [
  ...CATALOG_ENTITIES,
  ConversationState,
  CitizenRequest,
  InboundEvent,
  TelegramCallback,
  ZaloToken,
  ZaloUser,
  ZaloOauthState,
  Dossier,
  DossierStatusHistory,
  DossierLookupAttempt,
  DossierSubscription,
  Notification,
  Rating,
  StaffUser,
  StaffSession,
  AuditLog,
  ContentVersion,
  UnansweredQuestion,
  TurnLog,
  RequestNote,
  MiniAppUser,
];
