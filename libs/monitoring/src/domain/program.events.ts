import type { DocumentRef, DomainEvent } from '@chitieu/kernel';

export interface IndicatorGroup {
  code: string;
  nameVi: string;
  nameEn: string;
}

export type ProgramLaunched = DomainEvent<'ProgramLaunched', {
  programId: string;
  /** Identity of the founding document: issuer + number/symbol + date. */
  document: DocumentRef;
  titleVi: string;
  titleEn: string;
  termStart: number;
  termEnd: number;
  /** Unit code of the standing agency (cơ quan thường trực). */
  standingAgency: string;
  /** Unit code of the steering committee (Ban chỉ đạo). */
  steeringCommittee: string;
  groups: IndicatorGroup[];
}>;
/** A review meeting (hội nghị sơ kết / tổng kết) that looked at the state of the program at a date. */
export type ReviewMeetingHeld = DomainEvent<'ReviewMeetingHeld', {
  programId: string;
  meetingId: string;
  date: string;
  titleVi: string;
  titleEn: string;
}>;

export type ProgramEvent = ProgramLaunched | ReviewMeetingHeld;
export const programStreamId = (programId: string) => `program-${programId}`;
