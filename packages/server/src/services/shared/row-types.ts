// The database rows that use cases hand to the HTTP presenters, re-exported here so that http/
// depends on services only, never on db/ (ARCHITECTURE.md, "Boundaries").
export type { ItemRow, SubmissionRow } from '../../db/assessments.repository';
export type { FrameworkRow } from '../../db/frameworks.repository';
export type { PeriodRow } from '../../db/periods.repository';
export type { AssignmentView } from '../../db/review.repository';
export type { LineageRow, UnitRow } from '../../db/units.repository';
