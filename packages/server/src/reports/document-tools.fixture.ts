// Tools the document tests use to read what they produced: pdftotext (poppler-utils), LibreOffice
// and a DOCX text reader. On a developer's machine a test that needs a missing tool is skipped (the
// reason is the tool's name in its condition); under CI it is never skipped, so a missing tool fails
// the run (`document-tools.test.ts` says which one).
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

/** Whether a command is on the PATH (`command -v`, wherever it is installed). */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { stdio: 'ignore' }).status === 0;
}

/** Whether this run is CI (`CI` set and not `false`): there, missing tools fail instead of skipping. */
export const isCi = (process.env.CI ?? '') !== '' && process.env.CI !== 'false';

/** `it.skipIf(skipWithout(hasX))`: skip for a missing tool, except under CI, where the test runs and fails. */
export function skipWithout(toolPresent: boolean): boolean {
  return !toolPresent && !isCi;
}

/** `pdftotext` comes with poppler-utils (`apt-get install -y poppler-utils`); CI must install it. */
export const hasPdftotext = hasCommand('pdftotext');
/** LibreOffice (`soffice`), to open files the way users' software does. */
export const hasSoffice = hasCommand('soffice');
/** LibreOffice Writer, for DOCX (Debian's `libreoffice-writer` installs `lowriter`; Calc alone cannot). */
export const hasLibreOfficeWriter = hasSoffice && hasCommand('lowriter');

/** The text of a PDF, page layout kept. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dti-pdf-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'in.pdf'), '-']);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Converts a file with LibreOffice (fresh profile) and returns the converted bytes. */
export async function convertWithLibreOffice(bytes: Buffer, from: string, to: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'dti-lo-'));
  try {
    const input = join(dir, `in.${from}`);
    await writeFile(input, bytes);
    const profile = `file://${join(dir, 'profile')}`;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        to,
        '--outdir',
        join(dir, 'out'),
        input,
      ],
      { timeout: 120_000 },
    );
    return await readFile(join(dir, 'out', `in.${to.split(':')[0]}`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A file inside a zip package (DOCX, XLSX). */
export async function readZipEntry(bytes: Buffer, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file(path);
  if (!entry) throw new Error(`${path} is not in the package.`);
  return entry.async('string');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of each paragraph of a WordprocessingML fragment. */
export function wordParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    unescapeXml([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
}

/** The rows of every table of a document, each row as its cells' text. */
export function wordTableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => wordParagraphs(cell[0]).join('\n')),
  );
}
