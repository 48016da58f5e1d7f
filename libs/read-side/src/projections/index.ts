import type { Projection } from '../projector/projection';
import { auditTrailProjection } from './audit-trail/audit-trail.projection';
import { directiveTrackerProjection } from './directive-tracker/directive-tracker.projection';
import { indicatorStatusProjection } from './indicator-status/indicator-status.projection';
import { programSummaryProjection } from './program-summary/program-summary.projection';
import { unitWorkloadProjection } from './unit-workload/unit-workload.projection';

/**
 * Every read model with tables. data-quality has none: it reads indicator-status history
 * (see projections/data-quality).
 */
export const ALL_PROJECTIONS: readonly Projection[] = [
  indicatorStatusProjection,
  programSummaryProjection,
  directiveTrackerProjection,
  unitWorkloadProjection,
  auditTrailProjection,
];

export { auditTrailProjection, directiveTrackerProjection, indicatorStatusProjection, programSummaryProjection, unitWorkloadProjection };
