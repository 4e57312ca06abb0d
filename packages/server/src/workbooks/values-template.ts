// The data-entry template of one unit and period, and reading it back filled. The writer and the
// reader share one layout (values-template-layout.ts); the hidden sheet `_dti` identifies the
// framework, set, unit, year and template version, and maps each entry row to its input.
export { writeValuesTemplate, describeInput } from './values-template-write';
export { readValuesTemplate } from './values-template-read';
export {
  TEMPLATE_VERSION,
  ENTRY_SHEET,
  META_SHEET,
  SHEET_PASSWORD,
  type ValuesTemplateModel,
  type ValuesTemplateExpected,
  type ValuesTemplateProblem,
  type ValuesTemplateProblemCode,
  type ValuesTemplateResult,
} from './values-template-layout';
