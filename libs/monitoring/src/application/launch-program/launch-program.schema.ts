import { z } from 'zod';
import { codeField, documentRef, list, text, year } from '@chitieu/organisation';

const group = z.object({ code: codeField('groups[].code'), nameVi: text('groups[].nameVi', 300), nameEn: text('groups[].nameEn', 300) }).strict();
export const launchProgramSchema = z
  .object({
    programId: codeField('programId'),
    document: documentRef('document'),
    titleVi: text('titleVi', 500),
    titleEn: text('titleEn', 500),
    termStart: year('termStart'),
    termEnd: year('termEnd'),
    standingAgency: codeField('standingAgency'),
    steeringCommittee: codeField('steeringCommittee'),
    groups: list('groups', group, 20),
  })
  .strict();
export type LaunchProgramPayload = z.input<typeof launchProgramSchema>;
