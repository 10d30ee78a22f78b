import { isObject } from './http-io';
import { OA_ERROR, zaloError, type ZaloError } from './zalo-error';

export type CsMessageType = 'text' | 'buttons' | 'list' | 'media' | 'request_user_info';

/** A /v3.0/oa/message/cs body that passed validation. */
export interface ParsedCsMessage {
  type: CsMessageType;
  /** Exactly one of userId and messageId is set. */
  userId?: string;
  messageId?: string;
  text?: string;
  /** media: the image url or attachment_id. */
  media?: string;
}

const MAX_TEXT = 2000;
const MAX_BUTTONS = 5;
const MAX_ELEMENTS = 5;
const MAX_TITLE = 100;
const MAX_SUBTITLE = 500;
const QUERY_TYPES = new Set(['oa.query.show', 'oa.query.hide']);
const BUTTON_TYPES = new Set([...QUERY_TYPES, 'oa.open.url', 'oa.open.phone', 'oa.open.sms']);

const bad = (what: string): ZaloError => zaloError(OA_ERROR.badParameter, `Invalid parameter: ${what}`);
const chars = (text: string): number => [...text].length;

/** Validates the body like Zalo does (shapes, limits); throws -201 (bad parameter) or -233 (type). */
export function parseCsMessage(body: Record<string, unknown>): ParsedCsMessage {
  const recipient = parseRecipient(body.recipient);
  const message = body.message;
  if (!isObject(message)) throw bad('message must be an object');
  if (message.attachment === undefined) {
    return { ...recipient, type: 'text', text: checkText(message.text, 'message.text') };
  }
  const attachment = message.attachment;
  if (!isObject(attachment)) throw bad('message.attachment must be an object');
  if (attachment.type !== 'template') {
    throw zaloError(OA_ERROR.unsupportedType, `Message type '${String(attachment.type)}' is not supported`);
  }
  const payload = attachment.payload;
  if (!isObject(payload)) throw bad('message.attachment.payload must be an object');
  const text = message.text === undefined ? undefined : checkText(message.text, 'message.text');
  switch (payload.template_type) {
    case undefined:
      if (text === undefined) throw bad('message.text is required with buttons');
      checkButtons(payload.buttons, 'message.attachment.payload.buttons', true);
      return { ...recipient, type: 'buttons', text };
    case 'list':
      checkList(payload);
      return { ...recipient, type: 'list', text };
    case 'media':
      return { ...recipient, type: 'media', text, media: checkMedia(payload.elements) };
    case 'request_user_info':
      checkRequestUserInfo(payload.elements);
      return { ...recipient, type: 'request_user_info', text };
    default:
      throw zaloError(
        OA_ERROR.unsupportedType,
        `template_type '${String(payload.template_type)}' is not supported`,
      );
  }
}

function parseRecipient(recipient: unknown): Pick<ParsedCsMessage, 'userId' | 'messageId'> {
  if (!isObject(recipient)) throw bad('recipient must be an object');
  const { user_id: userId, message_id: messageId } = recipient;
  if ((userId === undefined) === (messageId === undefined)) {
    throw bad('recipient needs exactly one of user_id and message_id');
  }
  if (userId !== undefined) {
    if (typeof userId !== 'string') throw bad('recipient.user_id must be a string (ids exceed 2^53)');
    if (!/^\d{1,20}$/.test(userId)) throw bad(`recipient.user_id '${userId}' is not a Zalo user id`);
    return { userId };
  }
  if (typeof messageId !== 'string' || messageId === '') throw bad('recipient.message_id must be a string');
  return { messageId };
}

function checkText(text: unknown, where: string): string {
  if (typeof text !== 'string') throw bad(`${where} must be a string`);
  if (text.trim() === '') throw bad(`${where} is empty`);
  if (chars(text) > MAX_TEXT) throw bad(`${where} is longer than ${MAX_TEXT} characters (${chars(text)})`);
  return text;
}

function checkTitle(title: unknown, where: string, max = MAX_TITLE): void {
  if (typeof title !== 'string' || title.trim() === '') throw bad(`${where} is required`);
  if (chars(title) > max) throw bad(`${where} is longer than ${max} characters (${chars(title)})`);
}

function checkUrl(url: unknown, where: string): void {
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) throw bad(`${where} must be an http(s) url`);
}

function checkButtons(buttons: unknown, where: string, required: boolean): void {
  if (buttons === undefined && !required) return;
  if (!Array.isArray(buttons) || buttons.length === 0) throw bad(`${where} must be a non-empty array`);
  if (buttons.length > MAX_BUTTONS)
    throw bad(`${where}: at most ${MAX_BUTTONS} buttons (got ${buttons.length})`);
  buttons.forEach((button: unknown, index) => {
    if (!isObject(button)) throw bad(`${where}[${index}] must be an object`);
    checkTitle(button.title, `${where}[${index}].title`);
    checkAction(button, `${where}[${index}]`);
  });
}

/** A button's or default_action's `type` + `payload`. */
function checkAction(action: Record<string, unknown>, where: string): void {
  const { type, payload } = action;
  if (typeof type !== 'string' || !BUTTON_TYPES.has(type))
    throw bad(`${where}.type '${String(type)}' is unknown`);
  if (QUERY_TYPES.has(type)) {
    if (typeof payload !== 'string' || payload === '')
      throw bad(`${where}.payload must be a non-empty string`);
    return;
  }
  if (!isObject(payload)) throw bad(`${where}.payload must be an object for ${type}`);
  if (type === 'oa.open.url') checkUrl(payload.url, `${where}.payload.url`);
  if (type === 'oa.open.phone' || type === 'oa.open.sms') {
    if (typeof payload.phone_code !== 'string' || !/^\+?\d{3,15}$/.test(payload.phone_code)) {
      throw bad(`${where}.payload.phone_code must be a phone number`);
    }
  }
  if (type === 'oa.open.sms' && typeof payload.content !== 'string')
    throw bad(`${where}.payload.content is required`);
}

function elementsOf(elements: unknown, where: string, max: number): Record<string, unknown>[] {
  if (!Array.isArray(elements) || elements.length === 0) throw bad(`${where} must be a non-empty array`);
  if (elements.length > max) throw bad(`${where}: at most ${max} element(s) (got ${elements.length})`);
  return elements.map((element: unknown, index) => {
    if (!isObject(element)) throw bad(`${where}[${index}] must be an object`);
    return element;
  });
}

function checkList(payload: Record<string, unknown>): void {
  const where = 'message.attachment.payload.elements';
  elementsOf(payload.elements, where, MAX_ELEMENTS).forEach((element, index) => {
    checkTitle(element.title, `${where}[${index}].title`);
    if (element.subtitle !== undefined)
      checkTitle(element.subtitle, `${where}[${index}].subtitle`, MAX_SUBTITLE);
    if (element.image_url !== undefined) checkUrl(element.image_url, `${where}[${index}].image_url`);
    if (element.default_action !== undefined) {
      if (!isObject(element.default_action)) throw bad(`${where}[${index}].default_action must be an object`);
      checkAction(element.default_action, `${where}[${index}].default_action`);
    }
  });
  checkButtons(payload.buttons, 'message.attachment.payload.buttons', false);
}

function checkMedia(elements: unknown): string {
  const where = 'message.attachment.payload.elements';
  const [element] = elementsOf(elements, where, 1);
  if (element.media_type !== 'image' && element.media_type !== 'gif') {
    throw zaloError(OA_ERROR.unsupportedType, `media_type '${String(element.media_type)}' is not supported`);
  }
  if ((element.url === undefined) === (element.attachment_id === undefined)) {
    throw bad(`${where}[0] needs exactly one of url and attachment_id`);
  }
  if (element.url !== undefined) {
    checkUrl(element.url, `${where}[0].url`);
    return String(element.url);
  }
  if (typeof element.attachment_id !== 'string' || element.attachment_id === '') {
    throw bad(`${where}[0].attachment_id must be a string`);
  }
  return element.attachment_id;
}

function checkRequestUserInfo(elements: unknown): void {
  const where = 'message.attachment.payload.elements';
  const [element] = elementsOf(elements, where, 1);
  checkTitle(element.title, `${where}[0].title`);
  checkTitle(element.subtitle, `${where}[0].subtitle`, MAX_SUBTITLE);
  if (element.image_url !== undefined) checkUrl(element.image_url, `${where}[0].image_url`);
}
