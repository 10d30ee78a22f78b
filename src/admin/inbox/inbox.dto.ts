import { z } from 'zod';
import type {
  CitizenRequestKind,
  CitizenRequestStatus,
} from '../../dialogue/requests/citizen-request.entity';
import type { RequestNoteKind } from './request-note.entity';

export const REQUEST_STATUSES = ['new', 'in_progress', 'done'] as const satisfies CitizenRequestStatus[];
export const REQUEST_KINDS = ['complaint', 'handoff'] as const satisfies CitizenRequestKind[];
/** Requests per page of the list. */
export const PAGE_SIZE = 25;
/** Zalo's text messages hold 2,000 characters; a longer reply would arrive in pieces. */
export const TEXT_MAX = 2000;

const id = z.coerce
  .number({ message: 'mã yêu cầu phải là số nguyên dương' })
  .int('mã yêu cầu phải là số nguyên dương')
  .min(1, 'mã yêu cầu phải là số nguyên dương')
  .max(2_147_483_647, 'mã yêu cầu quá lớn');
export const requestIdSchema = id;

export const requestListSchema = z.object({
  status: z
    .enum(REQUEST_STATUSES, { message: `trạng thái là một trong: ${REQUEST_STATUSES.join(', ')}` })
    .optional(),
  kind: z.enum(REQUEST_KINDS, { message: `loại là một trong: ${REQUEST_KINDS.join(', ')}` }).optional(),
  /** me: assigned to the caller; none: nobody has taken it; a number: that staff member's id. */
  assignee: z
    .union(
      [
        z.enum(['me', 'none']),
        z
          .string()
          .regex(/^\d{1,9}$/)
          .transform(Number),
      ],
      {
        message: 'người xử lý là "me", "none" hoặc mã số cán bộ',
      },
    )
    .optional(),
  page: z.coerce
    .number({ message: 'trang phải là số nguyên từ 1' })
    .int('trang phải là số nguyên từ 1')
    .min(1, 'trang phải là số nguyên từ 1')
    .max(100_000, 'trang quá lớn')
    .default(1),
});
export type RequestListQuery = z.input<typeof requestListSchema>;
export type RequestListFilter = z.output<typeof requestListSchema>;

export const requestPatchSchema = z
  .object({
    status: z
      .enum(REQUEST_STATUSES, { message: `trạng thái là một trong: ${REQUEST_STATUSES.join(', ')}` })
      .optional(),
    /** A staff member's id; null: nobody (hand it back). */
    assigneeId: z
      .number({ message: 'assigneeId là mã số cán bộ hoặc null' })
      .int('assigneeId là mã số cán bộ hoặc null')
      .positive('assigneeId là mã số cán bộ hoặc null')
      .nullable()
      .optional(),
  })
  .refine((v) => v.status !== undefined || v.assigneeId !== undefined, 'cần ít nhất một thay đổi');
export type RequestPatch = z.infer<typeof requestPatchSchema>;

export const requestTextSchema = z.object({
  text: z
    .string({ message: 'cần nội dung (text)' })
    .transform((t) => t.normalize('NFC').trim())
    // Counted in characters as a citizen sees them (code points), as Zalo counts.
    .refine((t) => t.length > 0, 'nội dung không được để trống')
    .refine((t) => [...t].length <= TEXT_MAX, `nội dung dài quá ${TEXT_MAX} ký tự`),
});
export type RequestTextDto = z.infer<typeof requestTextSchema>;

/** A staff member as the inbox shows them. */
export interface StaffRef {
  id: number | null;
  username: string;
  displayName: string | null;
}

/** One row of the list: phone masked, content cut to a one-line preview. */
export interface RequestSummaryView {
  id: number;
  reference: string;
  kind: CitizenRequestKind;
  channel: string;
  status: CitizenRequestStatus;
  assignee: StaffRef | null;
  /** Masked as everywhere else ("09******78"). */
  contactPhone: string | null;
  preview: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RequestPageView {
  requests: RequestSummaryView[];
  page: number;
  pageSize: number;
  total: number;
}

/** What became of a reply: pending until the channel took it (web chat: until the next visit). */
export interface ReplyDeliveryView {
  state: 'pending' | 'sent' | 'dead';
  lastError: string | null;
  attempts: number;
  sentAt: string | null;
}

export interface RequestNoteView {
  id: number;
  kind: RequestNoteKind;
  text: string;
  author: StaffRef;
  createdAt: string;
  /** Replies only. */
  delivery?: ReplyDeliveryView;
}

/** The whole request for the agent handling it: full phone (given with consent), notes, replies. */
export interface RequestDetailView extends Omit<RequestSummaryView, 'preview'> {
  content: string | null;
  /** Why a reply cannot be sent now (Zalo's 48-hour window, a channel that is off), or null. */
  replyBlocked: string | null;
  notes: RequestNoteView[];
}
