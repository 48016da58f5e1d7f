import { LaunchProgramCommand } from '@chitieu/monitoring';
import { ADMIN, PROGRAM_DOCUMENT, PROGRAM_ID, contextFor, type SampleStep } from './context';
import { assessmentSteps } from './assessment-steps';
import { directiveSteps } from './directive-steps';
import { documentSteps } from './document-steps';
import { indicatorSteps } from './indicator-steps';
import { meetingSteps, reportSteps } from './report-steps';
import { unitSteps } from './units';

function launchStep(): SampleStep {
  const label = 'program-hn-08-2021';
  const on = PROGRAM_DOCUMENT.date;
  const payload = {
    programId: PROGRAM_ID, document: PROGRAM_DOCUMENT,
    titleVi: 'Chương trình 08-CTr/TU: phát triển hệ thống an sinh xã hội, nâng cao phúc lợi xã hội, chất lượng cuộc sống của nhân dân Thủ đô giai đoạn 2021-2025',
    titleEn: "Program 08-CTr/TU: developing the social-security system, raising social welfare and the quality of life of the capital's people, 2021-2025",
    termStart: 2021, termEnd: 2025, standingAgency: 'SLDTBXH', steeringCommittee: 'BCD08',
    groups: [
      { code: 'G1', nameVi: 'Hệ thống an sinh xã hội', nameEn: 'Social-security system' },
      { code: 'G2', nameVi: 'Phúc lợi xã hội và chất lượng cuộc sống', nameEn: 'Social welfare and quality of life' },
    ],
  };
  return { label, occurredAt: on, command: new LaunchProgramCommand(payload, contextFor(label, ADMIN, on, { sourceDocument: PROGRAM_DOCUMENT })) };
}

/**
 * Program 08-CTr/TU from its launch to the review meeting of 02/08/2023, in business-date order
 * (a stable sort keeps each day's steps in the order they depend on one another).
 */
export function program08Scenario(): SampleStep[] {
  const steps = [
    ...unitSteps(), launchStep(), ...indicatorSteps(), ...reportSteps(), ...directiveSteps(), ...documentSteps(),
    ...meetingSteps(), ...assessmentSteps(),
  ];
  return steps.map((s, i) => ({ s, i })).sort((a, b) => a.s.occurredAt.localeCompare(b.s.occurredAt) || a.i - b.i).map(({ s }) => s);
}
