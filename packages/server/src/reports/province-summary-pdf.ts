// The province summary as PDF: for each set (ranking group), starting on a new page, the level
// distribution chart and the ranking table.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { renderLevelDistributionSvg } from './report-charts';
import { averageTotal, countLevels } from './report-analysis';
import { formatNumber, formatPoints, upper } from './report-format';
import {
  levelOf,
  provenanceLabel,
  provinceOf,
  unitNameOf,
  type ReportSet,
  type ResultsReportModel,
  noUnitsNote,
} from './report-models';
import { GRID_LAYOUT, HEADER_FILL, renderPdf } from './pdf-document';

/** Writes the province summary: one section per set, each beginning on a new page. */
export async function writeProvinceSummaryPdf(model: ResultsReportModel): Promise<Buffer> {
  const province = provinceOf(model);
  return renderPdf({
    info: { title: `Tổng hợp kết quả DTI ${model.year} tỉnh ${province}`, author: `UBND tỉnh ${province}` },
    pageMargins: [36, 32, 36, 40],
    footer: (page, pages) => ({
      columns: [
        {
          text: `Bộ chỉ số: ${model.framework.title} (${model.framework.id}) — ${provenanceLabel(model.framework)}`,
          fontSize: 7,
          color: '#666666',
        },
        { text: `Trang ${page}/${pages}`, fontSize: 7, alignment: 'right', width: 60 },
      ],
      margin: [36, 12, 36, 0],
    }),
    content: model.sets.map((set, i) => section(model, set, i > 0)),
  });
}

function section(model: ResultsReportModel, set: ReportSet, breakBefore: boolean): Content {
  const units = set.results.units;
  const counts = countLevels(set.results);
  const distribution = model.levels.map((l) => ({
    name: l.name,
    color: l.color,
    count: counts.get(l.code) ?? 0,
  }));
  const summary = distribution.map((d) => `${d.name}: ${d.count}`).join(' · ');
  if (units.length === 0) {
    return [
      {
        stack: [
          {
            text: `TỔNG HỢP KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM ${model.year}`,
            alignment: 'center',
            fontSize: 14,
            bold: true,
          },
          { text: set.groupName, alignment: 'center', fontSize: 13, bold: true, color: '#1F3864' },
          { text: noUnitsNote(set, model.year), fontSize: 10, margin: [0, 8, 0, 8] },
        ],
        ...(breakBefore ? { pageBreak: 'before' as const } : {}),
      },
    ];
  }
  return [
    {
      stack: [
        {
          text: `ỦY BAN NHÂN DÂN TỈNH ${upper(provinceOf(model))}`,
          alignment: 'center',
          fontSize: 10,
          bold: true,
        },
        {
          text: `TỔNG HỢP KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM ${model.year}`,
          alignment: 'center',
          fontSize: 14,
          bold: true,
          margin: [0, 8, 0, 2],
        },
        { text: set.groupName, alignment: 'center', fontSize: 13, bold: true, color: '#1F3864' },
        {
          text: `${set.name} · tối đa ${formatPoints(set.maxPoints)} điểm · ${units.length} đơn vị · điểm trung bình ${formatNumber(averageTotal(units))}`,
          alignment: 'center',
          fontSize: 9,
          color: '#444444',
          margin: [0, 2, 0, 8],
        },
      ],
      ...(breakBefore ? { pageBreak: 'before' as const } : {}),
    },
    { text: 'Phân bố theo mức độ', bold: true, fontSize: 10, color: '#1F3864' },
    { text: summary, fontSize: 8.5, color: '#444444', margin: [0, 1, 0, 2] },
    { svg: renderLevelDistributionSvg(distribution), width: 360, alignment: 'center' },
    { text: 'Bảng xếp hạng', bold: true, fontSize: 10, color: '#1F3864', margin: [0, 8, 0, 4] },
    rankingTable(model, set),
  ];
}

function rankingTable(model: ResultsReportModel, set: ReportSet): Content {
  const grouped = set.results.units.some((u) => u.group !== undefined);
  const header = ['STT', 'Mã', 'Đơn vị', ...(grouped ? ['Nhóm'] : []), 'Điểm', 'Tỉ lệ (%)', 'Mức độ', 'Hạng'];
  if (grouped) header.push('Hạng nhóm');
  const body: TableCell[][] = [
    header.map((text) => ({ text, bold: true, alignment: 'center', fillColor: HEADER_FILL })),
  ];
  set.results.units.forEach((unit, i) => {
    const level = levelOf(model, unit.level);
    const row: TableCell[] = [
      { text: String(i + 1), alignment: 'center' },
      { text: unit.code, alignment: 'center' },
      unitNameOf(model, unit),
    ];
    if (grouped) row.push(unit.group === undefined ? '' : (set.groupNames?.[unit.group] ?? unit.group));
    row.push(
      { text: formatNumber(unit.total), alignment: 'right' },
      { text: formatNumber(unit.percent), alignment: 'right' },
      { text: level.name, color: level.color, bold: true, alignment: 'center' },
      { text: String(unit.rank), alignment: 'center' },
    );
    if (grouped)
      row.push({ text: unit.groupRank === undefined ? '' : String(unit.groupRank), alignment: 'center' });
    body.push(row);
  });
  const widths = [24, 38, '*', ...(grouped ? [90] : []), 46, 42, 56, 30, ...(grouped ? [36] : [])];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body },
    layout: { ...GRID_LAYOUT, fillColor: (row: number) => (row > 0 && row % 2 === 0 ? '#F7F9FC' : null) },
    fontSize: 8.5,
  };
}
