// A set with no unit in force on 31/12 (the district sets after 01/07/2025) says so in every
// document of the year's results, instead of an empty ranking.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildResultsModel } from './report-data.fixture';
import { hasPdftotext, pdfText, readZipEntry, skipWithout, wordParagraphs } from './document-tools.fixture';
import { writeDecisionAnnexDocx, writeProvinceSummaryPdf, writeResultsWorkbook } from './index';
import { noUnitsNote, type ResultsReportModel } from './report-models';

function modelWithEmptySet(): { model: ResultsReportModel; note: string } {
  const model = buildResultsModel();
  const empty = model.sets[0]!;
  empty.results = { ...empty.results, units: [] };
  return { model, note: noUnitsNote(empty, model.year) };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('documents of a year with a set that has no unit', () => {
  it('the workbook says so on that set’s sheet and keeps the other sets', async () => {
    const { model, note } = modelWithEmptySet();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeResultsWorkbook(model)) as unknown as ArrayBuffer);
    const texts = workbook.worksheets.map((ws) => ws.getCell('A2').text);
    expect(texts).toContain(note);
    expect(workbook.worksheets.length).toBe(2 * model.sets.length - 1);
  });

  it('the decision annex says so under the set’s heading', async () => {
    const { model, note } = modelWithEmptySet();
    const xml = await readZipEntry(await writeDecisionAnnexDocx(model), 'word/document.xml');
    expect(wordParagraphs(xml)).toContain(note);
  });

  it.skipIf(skipWithout(hasPdftotext))('the province summary says so', async () => {
    const { model, note } = modelWithEmptySet();
    const text = flat(await pdfText(await writeProvinceSummaryPdf(model)));
    expect(text).toContain(flat(note).slice(0, 60));
  });
});
