/** The webhook body shapes Zalo sends (CHANNELS.md); every id is a string. */
export interface ZaloWebhookEvent {
  app_id: string;
  event_name: string;
  timestamp: string;
  user_id_by_app?: string;
  oa_id?: string;
  user_id?: string;
  sender?: { id: string };
  recipient?: { id: string };
  follower?: { id: string };
  message?: { msg_id?: string; msg_ids?: string[]; text?: string; attachments?: { type: string }[] };
  info?: { name?: string; phone?: string };
}

/** The citizen behind an event, wherever Zalo puts their id. */
export function citizenOf(event: ZaloWebhookEvent): string | undefined {
  return event.sender?.id ?? event.follower?.id ?? event.user_id;
}

/** msg_id when there is one, else event + citizen + timestamp (Zalo's own retry sends the same). */
export function eventKey(event: ZaloWebhookEvent): string {
  return event.message?.msg_id ?? `${event.event_name}:${citizenOf(event) ?? '-'}:${event.timestamp}`;
}
