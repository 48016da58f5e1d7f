import { z } from 'zod';
import { codeField, isoDate, text } from '@chitieu/organisation';

export const holdReviewMeetingSchema = z
  .object({ programId: codeField('programId'), meetingId: codeField('meetingId'), date: isoDate('date'), titleVi: text('titleVi', 500), titleEn: text('titleEn', 500) })
  .strict();
export type HoldReviewMeetingPayload = z.input<typeof holdReviewMeetingSchema>;
