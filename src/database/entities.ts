import { CATALOG_ENTITIES } from '../catalog/entities';
import { InboundEvent } from '../channels/inbox/inbound-event.entity';
import { TelegramCallback } from '../channels/telegram/telegram-callback.entity';
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
];
