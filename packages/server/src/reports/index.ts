// Official documents: a view model in, bytes out. No database, no HTTP (lint-enforced); services
// gather the framework, the results and the names, then call these.
export { writeResultsWorkbook } from './results-workbook';
export { writeResultsCsv } from './results-csv';
export { writeScorecardPdf } from './scorecard-pdf';
export { writeProvinceSummaryPdf } from './province-summary-pdf';
export { writeDecisionAnnexDocx, decisionReference } from './decision-annex-docx';
export {
  PROVENANCE_PAGE_PATH,
  provenanceNotice,
  noUnitsNote,
  buildReportFramework,
  buildReportLevels,
  buildReportSet,
  type ApprovalDecision,
  type ReportContext,
  type ReportFramework,
  type ReportIndex,
  type ReportLevel,
  type ReportObjection,
  type ReportSet,
  type ReportSetOptions,
  type ReportSubIndex,
  type ResultsReportModel,
  type ScorecardModel,
} from './report-models';
