import type { Intent } from '../nlu/nlu.types';

/** What every channel adapter hands the engine: one citizen message, channel-free. */
export interface InboundMessage {
  channel: 'web' | 'telegram' | 'zalo' | 'miniapp';
  userId: string;
  /** What the citizen typed; absent when they tapped a button. */
  text?: string;
  /** The payload of a tapped button. */
  payload?: string;
  /** Where the request came from (an IP address), to limit dossier-code guessing per source too. */
  source?: string;
}

export interface ReplyButton {
  label: string;
  payload: string;
}

/** What the engine answers; each channel renders it in its own way. */
export interface Reply {
  text: string;
  buttons: ReplyButton[];
  /** Template that produced the text: tests assert on it rather than on wording. */
  templateId?: string;
  /** Procedure the reply is about, when there is one. */
  procedureCode?: string;
  /** What the engine understood the message as. */
  intent?: Intent;
}

/** Longest message the engine reads; longer ones get a polite request to shorten. */
export const MAX_MESSAGE_LENGTH = 2000;

/** The staff workspace's test chat against a draft: answered like a citizen, stores no request. */
export const PREVIEW_CHANNEL: string = 'preview';
