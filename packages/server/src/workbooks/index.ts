// Workbooks (Excel files) the server reads and writes. Server code imports from './workbooks'.
export {
  readFrameworkWorkbook,
  writeFrameworkWorkbook,
  type FrameworkWorkbookResult,
} from './framework-workbook';
