// The annex (phụ lục) of the decision that approves the results, as DOCX laid out per Nghị định
// 30/2020/NĐ-CP: national motto header, Times New Roman 13–14 pt, A4 portrait, the decree's margins.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { formatNumber, officialDateParts, upper } from './report-format';
import {
  levelOf,
  provenanceNotice,
  objectionOutcome,
  provinceOf,
  unitNameOf,
  type ApprovalDecision,
  type ReportSet,
  type ResultsReportModel,
  noUnitsNote,
} from './report-models';

const FONT = 'Times New Roman';
/** Font sizes in half-points, as Word counts them. */
const SIZE_13 = 26;
const SIZE_14 = 28;
const SIZE_12 = 24;
/** Page: A4 portrait; margins within Nghị định 30 (top/bottom 20–25 mm, left 30–35, right 15–20). */
export const ANNEX_PAGE = { widthMm: 210, heightMm: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;
const TEXT_WIDTH_MM = ANNEX_PAGE.widthMm - ANNEX_PAGE.left - ANNEX_PAGE.right;
/** Table columns (mm), summing to the text width. */
const COLUMNS: [string, number][] = [
  ['STT', 12],
  ['Đơn vị', 68],
  ['Điểm', 22],
  ['Tỉ lệ (%)', 21],
  ['Mức độ', 24],
  ['Xếp hạng', 18],
];

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

/** Millimetres to twips (1/1440 inch), rounded: A4 is 11906 × 16838. */
function twip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Writes the decision annex: the results of every ranking group, one table each. */
export async function writeDecisionAnnexDocx(model: ResultsReportModel): Promise<Buffer> {
  const doc = new Document({
    creator: `UBND tỉnh ${provinceOf(model)}`,
    title: `Phụ lục kết quả Chỉ số chuyển đổi số năm ${model.year}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE_13 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(ANNEX_PAGE.widthMm), height: twip(ANNEX_PAGE.heightMm) },
            margin: {
              top: twip(ANNEX_PAGE.top),
              bottom: twip(ANNEX_PAGE.bottom),
              left: twip(ANNEX_PAGE.left),
              right: twip(ANNEX_PAGE.right),
              header: twip(10),
              footer: twip(10),
            },
          },
        },
        headers: {
          // Nghị định 30: page numbers centred at the top, from the second page on.
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE_13 })],
              }),
            ],
          }),
        },
        children: [
          mottoHeader(model),
          center('PHỤ LỤC', { bold: true, size: SIZE_14, before: 360 }),
          center(`Kết quả xác định Chỉ số chuyển đổi số năm ${model.year}`, { bold: true, size: SIZE_14 }),
          center(`(Kèm theo ${decisionReference(model.approval)} của UBND tỉnh ${provinceOf(model)})`, {
            italics: true,
            size: SIZE_13,
          }),
          ...provenanceParagraphs(model),
          center('', { line: 36 }),
          ...model.sets.flatMap((set, i) => groupSection(model, set, i)),
          ...objectionSection(model, model.sets.length),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The notice under the title when the framework is a reconstruction; nothing once it is official. */
function provenanceParagraphs(model: ResultsReportModel): Paragraph[] {
  const notice = provenanceNotice(model.framework.provenance);
  return notice === undefined
    ? []
    : [center(`Ghi chú: ${notice}`, { italics: true, size: SIZE_13, before: 120 })];
}

/** `Quyết định số 684/QĐ-UBND ngày 03 tháng 4 năm 2024`, with `…` for what is not known yet. */
export function decisionReference(approval: ApprovalDecision | undefined): string {
  const raw = approval?.number?.trim();
  const number = raw ? (raw.includes('/') ? raw : `${raw}/QĐ-UBND`) : '…/QĐ-UBND';
  const date = approval?.date
    ? (({ day, month, year }) => `ngày ${day} tháng ${month} năm ${year}`)(officialDateParts(approval.date))
    : 'ngày … tháng … năm …';
  return `Quyết định số ${number} ${date}`;
}

/** The two-column header: issuing body on the left, national name and motto on the right. */
function mottoHeader(model: ResultsReportModel): Table {
  const left = TEXT_WIDTH_MM * 0.4;
  const right = TEXT_WIDTH_MM - left;
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: twip(width), type: WidthType.DXA },
      borders: NO_BORDERS,
      children,
    });
  return new Table({
    width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [twip(left), twip(right)],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(left, [
            center('ỦY BAN NHÂN DÂN', { bold: true, size: SIZE_13 }),
            center(`TỈNH ${upper(provinceOf(model))}`, { bold: true, size: SIZE_13 }),
            // A short rule under the body's name (a third to a half of the line above).
            new Paragraph({
              border: { bottom: LINE },
              spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
              indent: {
                left: twip(left / 2 - 11),
                right: twip(left / 2 - 11),
              },
              children: [new TextRun({ text: '', size: 4 })],
            }),
          ]),
          cell(right, [
            center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: SIZE_12 }),
            center('Độc lập - Tự do - Hạnh phúc', { bold: true, size: SIZE_13, underline: true }),
          ]),
        ],
      }),
    ],
  });
}

function groupSection(model: ResultsReportModel, set: ReportSet, i: number): (Paragraph | Table)[] {
  const heading = new Paragraph({
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [
      new TextRun({
        text: `${ROMAN[i] ?? String(i + 1)}. ${upper(set.groupName)}`,
        bold: true,
        size: SIZE_13,
      }),
    ],
  });
  if (set.results.units.length === 0) {
    return [
      heading,
      new Paragraph({
        spacing: { after: 120 },
        children: [new TextRun({ text: noUnitsNote(set, model.year), italics: true, size: SIZE_13 })],
      }),
    ];
  }
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map(([text, width]) => bodyCell(text, width, AlignmentType.CENTER, true)),
  });
  const rows = set.results.units.map((unit, n) => {
    const values: [string, (typeof AlignmentType)[keyof typeof AlignmentType]][] = [
      [String(n + 1), AlignmentType.CENTER],
      [unitNameOf(model, unit), AlignmentType.LEFT],
      [formatNumber(unit.total), AlignmentType.RIGHT],
      [formatNumber(unit.percent), AlignmentType.RIGHT],
      [levelOf(model, unit.level).name, AlignmentType.CENTER],
      [String(unit.rank), AlignmentType.CENTER],
    ];
    return new TableRow({
      cantSplit: true,
      children: values.map(([text, align], j) => bodyCell(text, COLUMNS[j]![1], align, false)),
    });
  });
  const table = new Table({
    width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: COLUMNS.map(([, width]) => twip(width)),
    rows: [header, ...rows],
  });
  return [heading, table];
}

/** Columns of the objections table (mm), summing to the text width. */
const OBJECTION_COLUMNS: [string, number][] = [
  ['STT', 10],
  ['Đơn vị', 36],
  ['Chỉ số', 30],
  ['Lý do khiếu nại', 32],
  ['Kết quả', 25],
  ['Trả lời của Hội đồng', 32],
];

/** The units' objections and the council's answers, after the results (none: nothing). */
function objectionSection(model: ResultsReportModel, i: number): (Paragraph | Table)[] {
  const objections = model.objections ?? [];
  if (objections.length === 0) return [];
  const heading = new Paragraph({
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [
      new TextRun({
        text: `${ROMAN[i] ?? String(i + 1)}. KHIẾU NẠI CỦA ĐƠN VỊ VÀ KẾT QUẢ GIẢI QUYẾT`,
        bold: true,
        size: SIZE_13,
      }),
    ],
  });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: OBJECTION_COLUMNS.map(([text, width]) => bodyCell(text, width, AlignmentType.CENTER, true)),
  });
  const rows = objections.map((o, n) => {
    const values: [string, (typeof AlignmentType)[keyof typeof AlignmentType]][] = [
      [String(n + 1), AlignmentType.CENTER],
      [model.unitNames?.[o.unitCode] ?? o.unitName, AlignmentType.LEFT],
      [`${o.subCode}. ${o.subName} (Hội đồng: ${formatNumber(o.councilPoints)} điểm)`, AlignmentType.LEFT],
      [o.reason, AlignmentType.LEFT],
      [objectionOutcome(o, formatNumber), AlignmentType.CENTER],
      [o.answer ?? '', AlignmentType.LEFT],
    ];
    return new TableRow({
      cantSplit: true,
      children: values.map(([text, align], j) => bodyCell(text, OBJECTION_COLUMNS[j]![1], align, false)),
    });
  });
  const table = new Table({
    width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: OBJECTION_COLUMNS.map(([, width]) => twip(width)),
    rows: [header, ...rows],
  });
  return [heading, table];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function bodyCell(
  text: string,
  widthMm: number,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
  bold: boolean,
): TableCell {
  return new TableCell({
    width: { size: twip(widthMm), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
    children: [new Paragraph({ alignment, children: [new TextRun({ text, bold, size: SIZE_13 })] })],
  });
}

interface CenterOptions {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
  before?: number;
  line?: number;
}

function center(text: string, options: CenterOptions): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: 0, ...(options.line ? { line: options.line * 20 } : {}) },
    children: [
      new TextRun({
        text,
        font: FONT,
        bold: options.bold ?? false,
        italics: options.italics ?? false,
        size: options.size ?? SIZE_13,
        ...(options.underline ? { underline: {} } : {}),
      }),
    ],
  });
}
