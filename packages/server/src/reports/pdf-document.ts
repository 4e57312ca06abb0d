// pdfmake set up once for the PDF documents: the complete Roboto TTFs that pdfmake ships (they cover
// Vietnamese; the @fontsource subsets would not), no network and no file access beyond those fonts.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));

let ready = false;

function setUp(): void {
  if (ready) return;
  pdfMake.setFonts({
    Roboto: {
      normal: `${FONT_DIR}/Roboto-Regular.ttf`,
      bold: `${FONT_DIR}/Roboto-Medium.ttf`,
      italics: `${FONT_DIR}/Roboto-Italic.ttf`,
      bolditalics: `${FONT_DIR}/Roboto-MediumItalic.ttf`,
    },
  });
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  ready = true;
}

/** Renders a pdfmake document (A4, Roboto) to bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  setUp();
  return pdfMake
    .createPdf({
      pageSize: 'A4',
      defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
      ...doc,
    })
    .getBuffer();
}

/** Plain table lines in grey, used by every table of the PDF documents. */
export const GRID_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#9E9E9E',
  vLineColor: () => '#9E9E9E',
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** Header fill of the tables. */
export const HEADER_FILL = '#D9E2F3';
