import { z } from 'zod';
import { codeField, indicatorIdField, isoDate, list, text } from '@chitieu/organisation';

export const taskSpecSchema = z
  .object({
    taskId: codeField('taskId'),
    titleVi: text('titleVi', 1000),
    titleEn: text('titleEn', 1000),
    lead: codeField('lead'),
    coordinating: list('coordinating', codeField('coordinating[]'), 50).default([]),
    dueDate: isoDate('dueDate'),
    indicatorIds: list('indicatorIds', indicatorIdField('indicatorIds[]'), 50).default([]),
  })
  .strict();
