// A framework as an Excel workbook in the layout of the official tables, and back. The writer and the
// reader share one layout (framework-workbook-layout.ts); export then import gives back the same
// framework, also after the file went through Excel or LibreOffice.
export { writeFrameworkWorkbook } from './framework-workbook-write';
export { readFrameworkWorkbook, type FrameworkWorkbookResult } from './framework-workbook-read';
