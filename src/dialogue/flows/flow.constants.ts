/**
 * Names the runner relies on. Staff see them in flows/README.md; the validator checks that the
 * templates exist, so a missing one is caught by `npm run flows:check`, not by a citizen.
 */
export const SYSTEM_TEMPLATES = {
  /** A choice step got an answer that matches no button. Data: options [{label}]. */
  chooseAgain: 'flow-chon-lai',
  /** A phone step got something that is not a Vietnamese phone number. */
  badPhone: 'flow-sdt-sai',
  /** A text step got an empty message (only emoji or punctuation). */
  emptyText: 'flow-nhap-lai',
  /** The citizen cancelled. */
  cancelled: 'flow-da-huy',
  /** A button or saved state points to an entry that no longer exists (edited since). */
  expired: 'flow-het-hieu-luc',
  /** Too many failed answers in a row: the flow stops instead of looping. */
  gaveUp: 'flow-tam-dung',
} as const;

/** Fields the actions read: fixed names so a flow stays declarative. */
export const FIELDS = {
  complaintContent: 'noi_dung',
  complaintContact: 'so_dien_thoai',
  handoffNote: 'ghi_chu',
} as const;

/** Offered as a way on after a cancel or a dead end, when the catalog has it. */
export const HELP_FAQ_ID = 'tro-giup';

/** Button payload that cancels the current flow (same as typing "hủy"). */
export const CANCEL_PAYLOAD = 'huy';

/** Failed answers to one step before the runner stops asking. */
export const MAX_RETRIES = 3;

/** Steps a single turn may pass through: a guard against "none" steps that loop. */
export const MAX_STEPS_PER_TURN = 20;

/** Longest answer kept for a text step; the engine already rejects much longer messages. */
export const MAX_TEXT_ANSWER = 2000;

/** Zalo shows at most 5 buttons under one message. */
export const MAX_BUTTONS = 5;

/** Longer labels are cut on narrow phone screens. */
export const MAX_LABEL_LENGTH = 40;

/** ids of entries, steps and choices: lower-case ASCII words joined by "-", easy to type in a payload. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Field and variable names: usable as {{name}} in Handlebars. */
export const FIELD_PATTERN = /^[a-z][a-z0-9_]*$/;
