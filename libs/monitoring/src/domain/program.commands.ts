import type { DocumentRef } from '@chitieu/kernel';
import type { KnownUnits } from '../../../organisation/src/domain/access.policy';
import type { IndicatorGroup } from './program.events';

export type LaunchProgram = {
  type: 'LaunchProgram';
  data: {
    programId: string;
    document: DocumentRef;
    titleVi: string;
    titleEn: string;
    termStart: number;
    termEnd: number;
    standingAgency: string;
    steeringCommittee: string;
    groups: IndicatorGroup[];
  };
  /** Filled by the handler from the standing agency's and the committee's streams. */
  known: KnownUnits;
};
export type HoldReviewMeeting = {
  type: 'HoldReviewMeeting';
  data: { programId: string; meetingId: string; date: string; titleVi: string; titleEn: string };
};
export type ProgramCommand = LaunchProgram | HoldReviewMeeting;
