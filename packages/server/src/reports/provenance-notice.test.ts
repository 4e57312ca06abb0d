// The reconstructed-framework notice in the exported documents: on for a reconstruction, off once the
// framework is official (PROVENANCE.md, issue 16 item 1).
import { describe, expect, it } from 'vitest';
import type { ResultsReportModel } from './report-models';
import { buildResultsModel } from './report-data.fixture';
import { readZipEntry, wordParagraphs } from './document-tools.fixture';
import { PROVENANCE_PAGE_PATH, provenanceNotice, writeDecisionAnnexDocx, writeResultsCsv } from './index';

/** The fixture model as if the framework had been replaced by the official file. */
function officialModel(): ResultsReportModel {
  const model = buildResultsModel();
  return {
    ...model,
    framework: { ...model.framework, provenance: 'official' },
    sets: model.sets.map((s) => ({ ...s, results: { ...s.results, provenance: 'official' } })),
  };
}

async function annexParagraphs(model: ResultsReportModel): Promise<string[]> {
  return wordParagraphs(await readZipEntry(await writeDecisionAnnexDocx(model), 'word/document.xml'));
}

function csvRows(bytes: Buffer): string[][] {
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

describe('provenance notice in exports', () => {
  it('is a Vietnamese sentence pointing to the provenance page, and nothing for an official framework', () => {
    expect(provenanceNotice('reconstructed')).toContain('bộ chỉ số tái dựng');
    expect(provenanceNotice('reconstructed')).toContain(PROVENANCE_PAGE_PATH);
    expect(provenanceNotice('official')).toBeUndefined();
  });

  it('prints the notice under the title of the DOCX annex only for a reconstructed framework', async () => {
    const notice = `Ghi chú: ${provenanceNotice('reconstructed')!}`;
    expect(await annexParagraphs(buildResultsModel())).toContain(notice);
    const official = await annexParagraphs(officialModel());
    expect(official.some((p) => p.includes('tái dựng'))).toBe(false);
    expect(official).toContain('PHỤ LỤC');
  });

  it('gives every CSV row a provenance column that follows the framework', async () => {
    const [header, ...rows] = csvRows(await writeResultsCsv(buildResultsModel()));
    const column = header!.indexOf('provenance');
    expect(column).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r[column]))).toEqual(new Set(['reconstructed']));
    const [, ...officialRows] = csvRows(await writeResultsCsv(officialModel()));
    expect(new Set(officialRows.map((r) => r[column]))).toEqual(new Set(['official']));
  });
});
