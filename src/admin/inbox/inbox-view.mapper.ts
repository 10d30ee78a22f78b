import { maskPersonalData } from '../../nlu/entities/personal-data.util';
import type {
  ReplyDeliveryView,
  RequestDetailView,
  RequestNoteView,
  RequestSummaryView,
  StaffRef,
} from './inbox.dto';
import type { NoteRow, RequestRow } from './inbox.repository';

/** Characters of content the list shows; the database sends a little more, for the masking to see whole numbers. */
export const PREVIEW_CHARS = 120;
export const PREVIEW_FETCH_CHARS = PREVIEW_CHARS + 40;

/**
 * The project's one phone mask ("09******78", as in logs and notices); a value it does not
 * recognise as a phone is hidden whole rather than shown.
 */
function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const masked = maskPersonalData(phone);
  return masked === phone ? '*'.repeat(phone.length) : masked;
}

/** A list row: phone numbers masked, in the contact field and in the content alike. */
export function toSummary(row: RequestRow): RequestSummaryView {
  return {
    ...common(row),
    contactPhone: maskPhone(row.contactPhone),
    preview: preview(row.content),
  };
}

export function toDetail(row: RequestRow, notes: NoteRow[], replyBlocked: string | null): RequestDetailView {
  return {
    ...common(row),
    contactPhone: row.contactPhone,
    content: row.content,
    replyBlocked,
    notes: notes.map(toNote),
  };
}

export function toNote(note: NoteRow): RequestNoteView {
  const author: StaffRef = {
    id: note.authorId,
    username: note.author,
    displayName: note.authorDisplayName,
  };
  return {
    id: note.id,
    kind: note.kind,
    text: note.text,
    author,
    createdAt: note.createdAt.toISOString(),
    ...(note.kind === 'reply' ? { delivery: delivery(note.delivery) } : {}),
  };
}

function common(row: RequestRow) {
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    assignee: row.assignee,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Three states are what an agent acts on: still going (pending, or being sent right now), arrived,
 * or never will (dead; skipped too, which a staff reply should not be, but if so it did not arrive).
 */
function delivery(d: NoteRow['delivery']): ReplyDeliveryView {
  if (!d) return { state: 'dead', lastError: 'Không còn bản ghi gửi tin.', attempts: 0, sentAt: null };
  const state =
    d.state === 'sent' ? 'sent' : d.state === 'dead' || d.state === 'skipped' ? 'dead' : 'pending';
  return { state, lastError: d.lastError, attempts: d.attempts, sentAt: d.sentAt?.toISOString() ?? null };
}

function preview(content: string | null): string | null {
  if (!content) return null;
  const line = maskPersonalData(content).replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS - 1).trimEnd()}…` : line;
}
