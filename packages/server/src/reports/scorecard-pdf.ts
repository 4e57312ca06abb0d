// A unit's scorecard (phiếu kết quả) as PDF: totals, level badge, ranks, charts of the main indices
// against the group average, strengths and weaknesses, change from last year, every sub-index.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { UnitResult } from '@dti/core';
import { renderIndexBarsSvg, renderRadarSvg } from './report-charts';
import { peersOf, percentOf, previousOf, rankIndices, type IndexStanding } from './report-analysis';
import { formatNumber, formatPoints, formatSigned, statusLabel, upper } from './report-format';
import {
  levelOf,
  provenanceLabel,
  provinceOf,
  objectionOutcome,
  unitNameOf,
  type ReportSet,
  type ScorecardModel,
} from './report-models';
import { GRID_LAYOUT, HEADER_FILL, renderPdf } from './pdf-document';

/** How many main indices the automatic strengths and weaknesses list. */
const STANDING_COUNT = 2;

/** Writes one unit's scorecard. Throws when the unit is not in the set's results. */
export async function writeScorecardPdf(model: ScorecardModel): Promise<Buffer> {
  const unit = model.set.results.units.find((u) => u.code === model.unitCode);
  if (!unit) throw new Error(`Unit ${model.unitCode} is not in the results of set ${model.set.id}.`);
  const name = unitNameOf(model, unit);
  return renderPdf({
    info: { title: `Phiếu kết quả DTI ${model.year} - ${name}`, author: `UBND tỉnh ${provinceOf(model)}` },
    pageMargins: [36, 32, 36, 40],
    footer: (page, pages) => ({
      columns: [
        { text: footerText(model), fontSize: 7, color: '#666666' },
        { text: `Trang ${page}/${pages}`, fontSize: 7, alignment: 'right', width: 60 },
      ],
      margin: [36, 12, 36, 0],
    }),
    content: [
      titleBlock(model, name),
      summaryTable(model, unit),
      changeFromLastYear(model, unit),
      acrossYears(model),
      charts(model.set, unit, name),
      standings(model, unit),
      objectionList(model),
      subIndexTable(model.set, unit),
    ],
    styles: {
      heading: { fontSize: 11, bold: true, margin: [0, 10, 0, 4], color: '#1F3864' },
      th: { bold: true, fontSize: 8.5, alignment: 'center' },
    },
  });
}

function titleBlock(model: ScorecardModel, name: string): Content {
  const province = upper(provinceOf(model));
  return [
    {
      columns: [
        {
          width: 200,
          stack: [
            { text: 'ỦY BAN NHÂN DÂN', alignment: 'center', fontSize: 10 },
            { text: `TỈNH ${province}`, alignment: 'center', bold: true, fontSize: 10 },
            line(60),
          ],
        },
        {
          width: '*',
          stack: [
            {
              text: 'Hội đồng xác định Chỉ số chuyển đổi số',
              alignment: 'right',
              fontSize: 9,
              italics: true,
            },
            { text: `Kỳ đánh giá: năm ${model.year}`, alignment: 'right', fontSize: 9, italics: true },
          ],
        },
      ],
    },
    {
      text: `PHIẾU KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM ${model.year}`,
      alignment: 'center',
      bold: true,
      fontSize: 14,
      margin: [0, 14, 0, 2],
    },
    { text: name, alignment: 'center', bold: true, fontSize: 16, color: '#1F3864' },
    {
      text: `${model.set.groupName} · ${model.set.name}`,
      alignment: 'center',
      fontSize: 9,
      color: '#444444',
      margin: [0, 2, 0, 10],
    },
  ];
}

function line(width: number): Content {
  return {
    canvas: [{ type: 'line', x1: 100 - width / 2, y1: 2, x2: 100 + width / 2, y2: 2, lineWidth: 0.7 }],
  };
}

function summaryTable(model: ScorecardModel, unit: UnitResult): Content {
  const level = levelOf(model, unit.level);
  const results = model.set.results;
  const peers = peersOf(results, unit);
  const group = unit.group === undefined ? undefined : (model.set.groupNames?.[unit.group] ?? unit.group);
  const rankLines: Content[] = [
    { text: `${unit.rank}/${results.units.length}`, fontSize: 16, bold: true },
    { text: model.set.groupName, fontSize: 7.5, color: '#555555' },
  ];
  if (unit.groupRank !== undefined && group !== undefined) {
    rankLines.push({ text: `${unit.groupRank}/${peers.length} trong ${group}`, fontSize: 8.5, bold: true });
  }
  const label = (text: string): Content => ({ text, fontSize: 8, color: '#555555', margin: [0, 0, 0, 2] });
  return {
    table: {
      widths: ['*', '*', '*', '*'],
      body: [
        [
          {
            stack: [
              label('Tổng điểm'),
              big(formatNumber(unit.total)),
              small(`/ ${formatPoints(results.maxPoints)} điểm`),
            ],
          },
          { stack: [label('Tỉ lệ so với điểm tối đa'), big(`${formatNumber(unit.percent)}%`)] },
          {
            stack: [
              label('Mức độ'),
              {
                table: {
                  body: [
                    [{ text: level.name, color: '#FFFFFF', bold: true, fontSize: 12, margin: [8, 3, 8, 3] }],
                  ],
                },
                layout: { fillColor: () => level.color, hLineWidth: () => 0, vLineWidth: () => 0 },
              },
            ],
          },
          { stack: [label('Xếp hạng'), ...rankLines] },
        ],
      ],
    },
    layout: {
      ...GRID_LAYOUT,
      paddingLeft: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
      fillColor: () => '#F5F7FB',
    },
  };
}

function big(text: string): Content {
  return { text, fontSize: 16, bold: true };
}

function small(text: string): Content {
  return { text, fontSize: 8, color: '#555555' };
}

function changeFromLastYear(model: ScorecardModel, unit: UnitResult): Content {
  const before = previousOf(model.set, unit.code);
  if (!model.set.previous) return [];
  const heading = { text: `So với năm ${model.year - 1}`, style: 'heading' };
  if (!before) return [heading, { text: `Đơn vị không có kết quả năm ${model.year - 1}.`, fontSize: 9 }];
  const levelBefore = levelOf(model, before.level).name;
  const levelNow = levelOf(model, unit.level).name;
  const rankChange = before.rank - unit.rank;
  const rankText =
    rankChange > 0 ? `tăng ${rankChange} bậc` : rankChange < 0 ? `giảm ${-rankChange} bậc` : 'giữ nguyên';
  const rows: TableCell[][] = [
    [th(''), th(`Năm ${model.year - 1}`), th(`Năm ${model.year}`), th('Thay đổi')],
    [
      'Tổng điểm',
      formatNumber(before.total),
      formatNumber(unit.total),
      formatSigned(unit.total - before.total),
    ],
    [
      'Tỉ lệ (%)',
      formatNumber(before.percent),
      formatNumber(unit.percent),
      formatSigned(unit.percent - before.percent),
    ],
    ['Mức độ', levelBefore, levelNow, describeLevelChange(model, before.level, unit.level)],
    ['Xếp hạng', String(before.rank), String(unit.rank), rankText],
  ];
  return [
    heading,
    {
      table: { headerRows: 1, widths: [90, 90, 90, '*'], body: rows.map((r) => r.map(cell9)) },
      layout: { ...GRID_LAYOUT, fillColor: (row: number) => (row === 0 ? HEADER_FILL : null) },
    },
  ];
}

/**
 * The unit's percent year by year; a year before a merger or split shows each predecessor's figure
 * and the comparable figure derived from them, labelled as such (issue 12, §3).
 */
function acrossYears(model: ScorecardModel): Content {
  const years = (model.history ?? []).filter((y) => y.year <= model.year);
  if (years.length < 2 && !years.some((y) => y.source === 'predecessors')) return [];
  const rows: TableCell[][] = [
    [th('Năm'), th('Tỉ lệ (%)'), th('Nguồn số liệu')],
    ...years.map((y): TableCell[] => [
      y.results === 'live' ? `${y.year} (tạm tính)` : String(y.year),
      y.percent === null ? '—' : formatNumber(y.percent),
      y.source === 'own'
        ? y.publishedCode
          ? `Kết quả công bố dưới mã cũ ${y.publishedCode}`
          : 'Kết quả công bố của đơn vị'
        : {
            text: [
              { text: 'Suy ra từ đơn vị tiền thân: ', bold: true },
              y.predecessors.map((p) => `${p.name} (${p.code}) ${formatNumber(p.percent)}%`).join('; '),
              Object.values(y.weights ?? {}).some((w) => w !== 1)
                ? ' — trung bình có trọng số'
                : ' — trung bình cộng',
            ],
          },
    ]),
  ];
  const derived = years.some((y) => y.source === 'predecessors');
  return [
    { text: 'Qua các năm', style: 'heading' },
    {
      table: { headerRows: 1, widths: [40, 60, '*'], body: rows.map((r) => r.map(cell9)) },
      layout: { ...GRID_LAYOUT, fillColor: (row: number) => (row === 0 ? HEADER_FILL : null) },
    },
    ...(derived
      ? [
          {
            text:
              'Số liệu suy ra từ đơn vị tiền thân (trước sáp nhập, chia tách) không phải kết quả đã công bố của đơn vị; ' +
              'kết quả đã công bố của các năm giữ nguyên như đã công bố.',
            fontSize: 8,
            color: '#555555',
            margin: [0, 3, 0, 0] as [number, number, number, number],
          },
        ]
      : []),
  ];
}

/** `lên Dẫn dắt` / `xuống Hình thành` / `giữ nguyên`; levels are listed from the highest. */
function describeLevelChange(model: ScorecardModel, before: string, now: string): string {
  if (before === now) return 'giữ nguyên';
  const order = (code: string) => model.levels.findIndex((l) => l.code === code);
  return `${order(now) < order(before) ? 'lên' : 'xuống'} ${levelOf(model, now).name}`;
}

function charts(set: ReportSet, unit: UnitResult, name: string): Content {
  const peers = peersOf(set.results, unit);
  const standings = rankIndices(set, unit);
  const averages = new Map(standings.map((s) => [s.index.code, s.average]));
  const indices = set.indices.filter((i) => i.maxPoints > 0);
  const radar = renderRadarSvg(
    indices.map((index) => ({
      name: index.name,
      value: percentOf(unit.indices[index.code]),
      average: averages.get(index.code) ?? 0,
    })),
    name,
    unit.group === undefined || peers.length === set.results.units.length
      ? 'Trung bình nhóm'
      : `Trung bình ${set.groupNames?.[unit.group] ?? unit.group}`,
  );
  const bars = renderIndexBarsSvg(
    indices.map((index) => ({
      name: `${index.code}. ${index.name}`,
      value: unit.indices[index.code]?.score ?? 0,
      max: index.maxPoints,
    })),
  );
  return [
    { text: 'Các chỉ số chính', style: 'heading' },
    {
      columns: [
        {
          stack: [small('Tỉ lệ đạt của từng chỉ số chính (%) so với trung bình'), { svg: radar, width: 255 }],
        },
        { stack: [small('Điểm theo chỉ số chính'), { svg: bars, width: 255 }] },
      ],
      columnGap: 10,
    },
  ];
}

function standings(model: ScorecardModel, unit: UnitResult): Content {
  const ranked = rankIndices(model.set, unit);
  const describe = (s: IndexStanding): string =>
    `${s.index.code}. ${s.index.name}: đạt ${formatNumber(s.percent, 1)}% (trung bình ${formatNumber(s.average, 1)}%)`;
  const strongest = ranked.filter((s) => s.percent > 0).slice(0, STANDING_COUNT);
  const weakest = ranked
    .filter((s) => s.percent < 100 && !strongest.includes(s))
    .slice(-STANDING_COUNT)
    .reverse();
  const strengths = model.strengths ?? strongest.map(describe);
  const weaknesses = model.weaknesses ?? weakest.map(describe);
  const list = (title: string, items: string[], color: string): Content => ({
    stack: [
      { text: title, bold: true, color, fontSize: 10, margin: [0, 0, 0, 3] },
      items.length === 0 ? { text: '(không có)', fontSize: 9, italics: true } : { ul: items, fontSize: 9 },
    ],
  });
  return [
    { text: 'Điểm mạnh và điểm yếu', style: 'heading' },
    {
      columns: [list('Điểm mạnh', strengths, '#1B7F3B'), list('Cần cải thiện', weaknesses, '#B03A2E')],
      columnGap: 16,
    },
  ];
}

/** The unit's objections to the council's adjustments and their outcomes (none: nothing). */
function objectionList(model: ScorecardModel): Content {
  const objections = model.objections ?? [];
  if (objections.length === 0) return [];
  return [
    { text: 'Khiếu nại và kết quả giải quyết', style: 'heading' },
    {
      ul: objections.map(
        (o) =>
          `${o.subCode}. ${o.subName}: Hội đồng ${formatNumber(o.councilPoints)} điểm; đơn vị khiếu nại: ${o.reason}. ` +
          `Kết quả: ${objectionOutcome(o, formatNumber)}${o.answer ? ` (${o.answer})` : ''}.`,
      ),
      fontSize: 9,
    },
  ];
}

function subIndexTable(set: ReportSet, unit: UnitResult): Content {
  const body: TableCell[][] = [[th('Mã'), th('Chỉ số'), th('Điểm'), th('Tối đa'), th('Trạng thái')]];
  const indexRows = new Set<number>();
  for (const index of set.indices) {
    const score = unit.indices[index.code];
    indexRows.add(body.length);
    body.push([
      { text: index.code, bold: true },
      { text: index.name, bold: true },
      { text: score && !score.excluded ? formatNumber(score.score) : '—', bold: true, alignment: 'right' },
      { text: formatPoints(index.maxPoints), bold: true, alignment: 'right' },
      '',
    ]);
    for (const sub of index.subIndices) {
      const result = unit.subIndices[sub.code];
      const status = result?.status ?? 'missing';
      body.push([
        sub.code,
        sub.name,
        { text: status === 'excluded' ? '—' : formatNumber(result?.points ?? 0), alignment: 'right' },
        { text: formatPoints(sub.maxPoints), alignment: 'right' },
        { text: statusLabel(status), color: status === 'scored' ? '#222222' : '#B03A2E' },
      ]);
    }
  }
  return [
    { text: 'Điểm các chỉ số thành phần', style: 'heading', pageBreak: 'before' },
    {
      table: { headerRows: 1, widths: [34, '*', 44, 44, 58], body: body.map((r) => r.map(cell9)) },
      layout: {
        ...GRID_LAYOUT,
        fillColor: (row: number) => (row === 0 ? HEADER_FILL : indexRows.has(row) ? '#F2F2F2' : null),
      },
    },
  ];
}

function th(text: string): TableCell {
  return { text, style: 'th', fillColor: HEADER_FILL };
}

function cell9(cell: TableCell): TableCell {
  if (typeof cell === 'string') return { text: cell, fontSize: 8.5 };
  return { fontSize: 8.5, ...(cell as object) } as TableCell;
}

function footerText(model: ScorecardModel): string {
  const fw = model.framework;
  const decision = fw.decision ? `, Quyết định số ${fw.decision.number}` : '';
  return `Bộ chỉ số: ${fw.title} (${fw.id}${decision}) — ${provenanceLabel(fw)}`;
}
