// Workbooks (Excel files) the server reads and writes. Server code imports from './workbooks'.
export {
  readFrameworkWorkbook,
  writeFrameworkWorkbook,
  type FrameworkWorkbookResult,
} from './framework-workbook';
export {
  writeValuesTemplate,
  readValuesTemplate,
  describeInput,
  TEMPLATE_VERSION,
  ENTRY_SHEET,
  META_SHEET,
  SHEET_PASSWORD,
  type ValuesTemplateModel,
  type ValuesTemplateExpected,
  type ValuesTemplateProblem,
  type ValuesTemplateProblemCode,
  type ValuesTemplateResult,
} from './values-template';
