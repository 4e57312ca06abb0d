import { describe, expect, it } from 'vitest';
import { buildResultsModel, buildScorecardModel } from './report-data.fixture';
import { hasPdftotext, pdfText, skipWithout } from './document-tools.fixture';
import { writeProvinceSummaryPdf, writeScorecardPdf } from './index';
import { dropTextHalos } from './report-charts';

/** Spaces collapsed: pdftotext lays text out in columns. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('writeScorecardPdf', () => {
  it('produces a PDF with Roboto embedded (from the complete TTF, subset to the glyphs used)', async () => {
    const pdf = await writeScorecardPdf(buildScorecardModel());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+Roboto-Regular/);
  });

  it('refuses a unit that is not in the results', async () => {
    await expect(writeScorecardPdf({ ...buildScorecardModel(), unitCode: 'NONE' })).rejects.toThrow(/NONE/);
  });

  // pdftotext comes with poppler-utils (CI installs it); without it the text cannot be read back.
  it.skipIf(skipWithout(hasPdftotext))(
    'shows the unit, total, level and ranks with correct diacritics',
    async () => {
      const text = flat(await pdfText(await writeScorecardPdf(buildScorecardModel())));
      expect(text).toContain('ỦY BAN NHÂN DÂN');
      expect(text).toContain('TỈNH LÀO CAI');
      expect(text).toContain('PHIẾU KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2023');
      expect(text).toContain('Xã Sàng Ma Sáo');
      expect(text).toContain('86,25');
      expect(text).toContain('Dẫn dắt');
      expect(text).toContain('2/4');
      expect(text).toContain('1/3 trong Huyện Bát Xát');
      expect(text).toContain('bộ chỉ số tái dựng');
    },
  );
  it.skipIf(skipWithout(hasPdftotext))("lists the unit's objections and their outcomes", async () => {
    const model = buildScorecardModel();
    model.objections = [
      {
        unitCode: '02713',
        unitName: 'Xã Sàng Ma Sáo',
        subCode: '1.1',
        subName: 'Ban hành kế hoạch chuyển đổi số năm',
        reason: 'Đã ban hành kế hoạch 20/KH-UBND',
        councilPoints: 0,
        status: 'upheld',
        answer: 'Kế hoạch hợp lệ',
        pointsAfter: 2,
      },
    ];
    const text = flat(await pdfText(await writeScorecardPdf(model)));
    expect(text).toContain('Khiếu nại và kết quả giải quyết');
    expect(text).toContain('đơn vị khiếu nại: Đã ban hành kế hoạch 20/KH-UBND');
    expect(text).toContain('Kết quả: Chấp nhận (2,00 điểm) (Kế hoạch hợp lệ)');
    expect(flat(await pdfText(await writeScorecardPdf(buildScorecardModel())))).not.toContain('Khiếu nại');
  });

  it.skipIf(skipWithout(hasPdftotext))(
    'shows the unit, total, level and ranks with correct diacritics',
    async () => {
      const text = flat(await pdfText(await writeScorecardPdf(buildScorecardModel())));
      expect(text).toContain('ỦY BAN NHÂN DÂN');
      expect(text).toContain('TỈNH LÀO CAI');
      expect(text).toContain('PHIẾU KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2023');
      expect(text).toContain('Xã Sàng Ma Sáo');
      expect(text).toContain('86,25');
      expect(text).toContain('Dẫn dắt');
      expect(text).toContain('2/4');
      expect(text).toContain('1/3 trong Huyện Bát Xát');
      expect(text).toContain('bộ chỉ số tái dựng');
    },
  );

  it.skipIf(skipWithout(hasPdftotext))(
    'charts the main indices, lists strengths, weaknesses and the change',
    async () => {
      const text = flat(await pdfText(await writeScorecardPdf(buildScorecardModel())));
      // Chart labels come from the SVG that ECharts rendered.
      expect(text).toContain('Trung bình Huyện Bát Xát');
      expect(text).toContain('26,25');
      expect(text).toContain('Điểm mạnh');
      expect(text).toContain('1. Nhận thức số: đạt 100,0%');
      expect(text).toContain('Cần cải thiện');
      expect(text).toContain('So với năm 2022');
      expect(text).toContain('lên Dẫn dắt');
      expect(text).toContain('+33,25');
    },
  );

  it.skipIf(skipWithout(hasPdftotext))('lists every sub-index with its status in Vietnamese', async () => {
    const text = flat(await pdfText(await writeScorecardPdf(buildScorecardModel('02722'))));
    expect(text).toContain('Xã Mường Hum');
    expect(text).toContain('Khởi động');
    expect(text).toContain('1.1 Ban hành kế hoạch chuyển đổi số năm 10,00 10 Có điểm');
    expect(text).toContain('1.2 Số cuộc họp của Ban chỉ đạo chuyển đổi số 0,00 10 Chưa nhập');
    expect(text).toContain('Tỉ lệ cán bộ, công chức được cấp chữ ký số — 15 Không tính');
  });

  it.skipIf(skipWithout(hasPdftotext))(
    'uses written strengths and says when there is no result last year',
    async () => {
      const model = {
        ...buildScorecardModel('02680'),
        strengths: ['Phủ sóng 4G toàn phường'],
        weaknesses: [],
      };
      const text = flat(await pdfText(await writeScorecardPdf(model)));
      expect(text).toContain('Phủ sóng 4G toàn phường');
      expect(text).toContain('Đơn vị không có kết quả năm 2022.');
      expect(text).not.toContain('Nhận thức số: đạt');
    },
  );

  it.skipIf(skipWithout(hasPdftotext))('has no last-year section without last year results', async () => {
    const text = flat(await pdfText(await writeScorecardPdf(buildScorecardModel('S01'))));
    expect(text).toContain('Sở Lao động - Thương binh và Xã hội');
    expect(text).not.toContain('So với năm');
  });
});

describe('writeProvinceSummaryPdf', () => {
  it.skipIf(skipWithout(hasPdftotext))(
    'has one section per set with the ranking and level distribution',
    async () => {
      const text = await pdfText(await writeProvinceSummaryPdf(buildResultsModel()));
      const pages = text.split('\f').map(flat);
      expect(pages[0]).toContain('TỔNG HỢP KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2023');
      expect(pages[0]).toContain('Sở ban ngành có TTHC');
      expect(pages[0]).toContain('1 S01 Sở Lao động - Thương binh và Xã hội 90,50 90,50 Dẫn dắt 1');
      expect(pages[1]).toContain('Cấp xã');
      expect(pages[1]).toContain('Dẫn dắt: 2 · Nâng cao: 1 · Hình thành: 0 · Khởi động: 1');
      expect(pages[1]).toContain('2 02713 Xã Sàng Ma Sáo Huyện Bát Xát 86,25 86,25 Dẫn dắt 2 1');
    },
  );
});

describe('dropTextHalos', () => {
  it('removes the white stroke ECharts paints behind labels', () => {
    const svg = '<text fill="#333" stroke="rgb(255,255,255)" stroke-width="2" paint-order="stroke">30</text>';
    expect(dropTextHalos(svg)).toBe('<text fill="#333">30</text>');
  });
});
