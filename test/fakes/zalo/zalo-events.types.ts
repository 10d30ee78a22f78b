/** Webhook event bodies as Zalo posts them. Every id is a string; `timestamp` is ms as a string. */
export interface ZaloEventBase {
  app_id: string;
  user_id_by_app: string;
  event_name: string;
  timestamp: string;
}

export interface ZaloAttachment {
  type: string;
  payload: Record<string, unknown>;
}

/** user_send_* (sender: the user, recipient: the OA) and oa_send_* echoes (the other way round). */
export interface ZaloMessageEvent extends ZaloEventBase {
  sender: { id: string };
  recipient: { id: string };
  message: { msg_id: string; text?: string; attachments?: ZaloAttachment[] };
}

export interface ZaloFollowEvent extends ZaloEventBase {
  event_name: 'follow' | 'unfollow';
  oa_id: string;
  follower: { id: string };
  source: string;
}

export interface ZaloSubmitInfoEvent extends ZaloEventBase {
  event_name: 'user_submit_info';
  oa_id: string;
  sender: { id: string };
  recipient: { id: string };
  info: { name: string; phone: string; address: string; city: string; district: string; ward: string };
}

export interface ZaloChatnowEvent extends ZaloEventBase {
  event_name: 'user_click_chatnow';
  oa_id: string;
  user_id: string;
}

/** user_seen_message and user_received_message: several message ids at once. */
export interface ZaloMessageStatusEvent extends ZaloEventBase {
  sender: { id: string };
  recipient: { id: string };
  message: { msg_ids: string[] };
}

export interface ZaloReactionEvent extends ZaloEventBase {
  event_name: 'user_reacted_message';
  sender: { id: string };
  recipient: { id: string };
  message: { msg_id: string; react_icon: string };
}

export type ZaloEvent =
  | ZaloMessageEvent
  | ZaloFollowEvent
  | ZaloSubmitInfoEvent
  | ZaloChatnowEvent
  | ZaloMessageStatusEvent
  | ZaloReactionEvent;
