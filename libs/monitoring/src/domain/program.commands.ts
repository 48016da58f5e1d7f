import type { KnownUnits } from '../../../organisation/src/domain/access.policy';
import type { ProgramLaunched } from './program.events';

export type LaunchProgram = {
  type: 'LaunchProgram';
  /** The command carries what the event records (one definition keeps them in step). */
  data: ProgramLaunched['data'];
  /** Filled by the handler from the standing agency's and the committee's streams. */
  known: KnownUnits;
};
export type HoldReviewMeeting = {
  type: 'HoldReviewMeeting';
  data: { programId: string; meetingId: string; date: string; titleVi: string; titleEn: string };
};
export type ProgramCommand = LaunchProgram | HoldReviewMeeting;
