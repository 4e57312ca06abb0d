// The type of an evidence file, read from its content (magic bytes; for the zip-based formats, the
// entries of the zip's central directory), never from its name.
import { evidenceMediaTypes } from '@dti/contract';

/** The file name extension of each accepted media type. */
export const extensionOf: Record<string, string> = {
  [evidenceMediaTypes.pdf]: 'pdf',
  [evidenceMediaTypes.png]: 'png',
  [evidenceMediaTypes.jpeg]: 'jpg',
  [evidenceMediaTypes.docx]: 'docx',
  [evidenceMediaTypes.xlsx]: 'xlsx',
  [evidenceMediaTypes.odt]: 'odt',
};

const startsWith = (data: Buffer, bytes: number[]) => bytes.every((b, i) => data[i] === b);

/** Names of the entries of a zip file (from its central directory), or undefined if it is not one. */
export function zipEntryNames(data: Buffer): string[] | undefined {
  const min = Math.max(0, data.length - 65_557);
  for (let eocd = data.length - 22; eocd >= min; eocd--) {
    if (data.readUInt32LE(eocd) !== 0x06054b50) continue;
    const count = data.readUInt16LE(eocd + 10);
    let at = data.readUInt32LE(eocd + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return undefined;
      const nameLength = data.readUInt16LE(at + 28);
      const extra = data.readUInt16LE(at + 30);
      const comment = data.readUInt16LE(at + 32);
      names.push(data.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return undefined;
}

/** The media type of an accepted evidence file, or undefined. */
export function detectEvidenceType(data: Buffer): string | undefined {
  if (data.length < 8) return undefined;
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return evidenceMediaTypes.pdf;
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return evidenceMediaTypes.png;
  if (startsWith(data, [0xff, 0xd8, 0xff])) return evidenceMediaTypes.jpeg;
  if (!startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return undefined;
  const odtType = evidenceMediaTypes.odt;
  if (
    data.toString('latin1', 30, 38) === 'mimetype' &&
    data.toString('latin1', 38, 38 + odtType.length) === odtType
  )
    return odtType;
  const names = zipEntryNames(data);
  if (!names?.includes('[Content_Types].xml')) return undefined;
  if (names.some((n) => n.startsWith('word/'))) return evidenceMediaTypes.docx;
  if (names.some((n) => n.startsWith('xl/'))) return evidenceMediaTypes.xlsx;
  return undefined;
}

/** A minimal valid one-page PDF showing `text` (ASCII), for demo evidence and tests. */
export function minimalPdf(text: string): Buffer {
  const safe = text.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 50 780 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
