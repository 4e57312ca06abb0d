import { describe, expect, it } from 'vitest';
import { buildResultsModel } from './report-data.fixture';
import {
  convertWithLibreOffice,
  hasPdftotext,
  hasLibreOfficeWriter,
  pdfText,
  readZipEntry,
  wordParagraphs,
  wordTableRows,
  skipWithout,
} from './document-tools.fixture';
import { decisionReference, writeDecisionAnnexDocx } from './index';

const objections = [
  {
    unitCode: '02713',
    unitName: 'Xã Sàng Ma Sáo',
    subCode: '1.1',
    subName: 'Ban hành kế hoạch chuyển đổi số năm',
    reason: 'Đã ban hành kế hoạch 20/KH-UBND',
    councilPoints: 0,
    status: 'upheld' as const,
    answer: 'Kế hoạch hợp lệ',
    pointsAfter: 2,
  },
  {
    unitCode: '02713',
    unitName: 'Xã Sàng Ma Sáo',
    subCode: '1.2',
    subName: 'Số cuộc họp của Ban chỉ đạo chuyển đổi số',
    reason: 'Đã họp đủ',
    councilPoints: 1.5,
    status: 'rejected' as const,
    answer: 'Biên bản không ghi nội dung',
    pointsAfter: null,
  },
];

async function documentXml(model = buildResultsModel()): Promise<string> {
  return readZipEntry(await writeDecisionAnnexDocx(model), 'word/document.xml');
}

describe('writeDecisionAnnexDocx', () => {
  it('opens with the two-column header: the province on the left, the motto underlined on the right', async () => {
    const xml = await documentXml();
    const [header] = wordTableRows(xml);
    expect(header).toEqual([
      'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    ]);
    expect(xml).toMatch(/<w:u w:val="single"\/>[\s\S]{0,400}<w:t[^>]*>Độc lập - Tự do - Hạnh phúc</);
  });

  it('titles the annex with the decision number and date', async () => {
    const paragraphs = wordParagraphs(await documentXml());
    expect(paragraphs).toContain('PHỤ LỤC');
    expect(paragraphs).toContain('Kết quả xác định Chỉ số chuyển đổi số năm 2023');
    expect(paragraphs).toContain(
      '(Kèm theo Quyết định số 684/QĐ-UBND ngày 03 tháng 4 năm 2024 của UBND tỉnh Lào Cai)',
    );
  });

  it('leaves placeholders for a decision not yet numbered or dated', async () => {
    const { approval: _approval, ...model } = buildResultsModel();
    expect(wordParagraphs(await documentXml(model))).toContain(
      '(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của UBND tỉnh Lào Cai)',
    );
    expect(decisionReference({ number: '12' })).toBe('Quyết định số 12/QĐ-UBND ngày … tháng … năm …');
    expect(decisionReference({ date: '2024-12-05' })).toBe(
      'Quyết định số …/QĐ-UBND ngày 05 tháng 12 năm 2024',
    );
  });

  it('has one table per group: STT, unit, points, percent, level, rank', async () => {
    const xml = await documentXml();
    const paragraphs = wordParagraphs(xml);
    expect(paragraphs).toContain('I. SỞ BAN NGÀNH CÓ TTHC');
    expect(paragraphs).toContain('II. CẤP XÃ');
    const rows = wordTableRows(xml).slice(1);
    const header = ['STT', 'Đơn vị', 'Điểm', 'Tỉ lệ (%)', 'Mức độ', 'Xếp hạng'];
    expect(rows.filter((r) => r.join('|') === header.join('|'))).toHaveLength(2);
    expect(rows).toContainEqual([
      '1',
      'Sở Lao động - Thương binh và Xã hội',
      '90,50',
      '90,50',
      'Dẫn dắt',
      '1',
    ]);
    expect(rows).toContainEqual(['2', 'Xã Sàng Ma Sáo', '86,25', '86,25', 'Dẫn dắt', '2']);
    expect(rows).toContainEqual(['4', 'Xã Mường Hum', '12,00', '12,00', 'Khởi động', '4']);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
  });

  it('is A4 portrait in Times New Roman 13 pt with the margins of Nghị định 30', async () => {
    const bytes = await writeDecisionAnnexDocx(buildResultsModel());
    const xml = await readZipEntry(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 850.
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const styles = await readZipEntry(bytes, 'word/styles.xml');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="26"\/>/);
  });

  // LibreOffice Writer (libreoffice-writer) and pdftotext (poppler-utils) show the document as a reader sees it; skipped without them.
  it.skipIf(skipWithout(hasLibreOfficeWriter && hasPdftotext))(
    'renders in LibreOffice with the motto and the rows',
    async () => {
      const pdf = await convertWithLibreOffice(
        await writeDecisionAnnexDocx(buildResultsModel()),
        'docx',
        'pdf',
      );
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('Xã Sàng Ma Sáo 86,25 86,25 Dẫn dắt 2');
    },
  );

  it("lists the units' objections and their outcomes after the results, and nothing when there are none", async () => {
    const xml = await documentXml({ ...buildResultsModel(), objections });
    expect(wordParagraphs(xml)).toContain('III. KHIẾU NẠI CỦA ĐƠN VỊ VÀ KẾT QUẢ GIẢI QUYẾT');
    const rows = wordTableRows(xml);
    expect(rows).toContainEqual([
      'STT',
      'Đơn vị',
      'Chỉ số',
      'Lý do khiếu nại',
      'Kết quả',
      'Trả lời của Hội đồng',
    ]);
    expect(rows).toContainEqual([
      '1',
      'Xã Sàng Ma Sáo',
      '1.1. Ban hành kế hoạch chuyển đổi số năm (Hội đồng: 0,00 điểm)',
      'Đã ban hành kế hoạch 20/KH-UBND',
      'Chấp nhận (2,00 điểm)',
      'Kế hoạch hợp lệ',
    ]);
    expect(rows.find((r) => r[0] === '2' && r[4] === 'Không chấp nhận')).toBeDefined();
    expect(wordParagraphs(await documentXml())).not.toContain(
      'III. KHIẾU NẠI CỦA ĐƠN VỊ VÀ KẾT QUẢ GIẢI QUYẾT',
    );
  });
});
