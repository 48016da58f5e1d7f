import { z } from 'zod';
import { isIsoDate } from '@chitieu/kernel';

const text = (max: number) => z.string().trim().min(1).max(max);
export const documentRefSchema = z
  .object({ issuer: text(300), number: text(100), date: z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD'), title: text(1000).optional() })
  .strict();

/** Fields every command body may carry beside its own: business date, reason, document. */
export const commandEnvelopeSchema = z
  .object({
    occurredAt: z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD').optional(),
    reason: text(2000).optional(),
    sourceDocument: documentRefSchema.optional(),
  })
  .strict();
export type CommandEnvelope = z.infer<typeof commandEnvelopeSchema>;
export const ENVELOPE_KEYS = ['occurredAt', 'reason', 'sourceDocument'] as const;

