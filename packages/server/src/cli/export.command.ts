/** `dti export results <year> --format xlsx|csv|json|pdf|docx [--unit <mã>] [--out <tệp>]`. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Runtime } from '../main';
import type { Actor } from '../services/shared/actor';
import {
  createDocumentsService,
  type DocumentFile,
  type ResultsFormat,
} from '../services/documents/documents.service';
import type { CliCommand, CliIo } from './command';
import { parseCommandArgs } from './cli-output';
import { withRuntime } from './cli-runtime';

/** The actor of the command line: the system (acts as administrator). */
export const cliActor: Actor = { kind: 'system', name: 'dòng lệnh' };

/** The documents use cases over an open runtime. */
export function documentsOf(runtime: Runtime) {
  return createDocumentsService({ store: runtime.store, assessment: runtime.services.assessment });
}

/** Writes a document to `out` (default: its file name in the working directory); `-` prints it. */
export async function saveDocument(io: CliIo, file: DocumentFile, out: string | undefined): Promise<void> {
  if (out === '-') {
    io.out(file.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    return;
  }
  const path = resolve(io.cwd, out ?? file.fileName);
  await writeFile(path, file.bytes);
  io.out(`Đã ghi ${path} (${file.bytes.length.toLocaleString('vi-VN')} byte).`);
}

const FORMATS: readonly ResultsFormat[] = ['xlsx', 'csv', 'json', 'pdf', 'docx'];

const USAGE =
  'Cách dùng: dti export results <năm> --format xlsx|csv|json|pdf|docx [--unit <mã đơn vị>] [--out <tệp>|-]\n' +
  '  pdf không có --unit: báo cáo tổng hợp toàn tỉnh; có --unit: phiếu kết quả của đơn vị.\n' +
  '  docx: phụ lục quyết định phê duyệt kết quả. --out - in csv/json ra màn hình.';

/** The `export` command. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'xuất kết quả một năm: Excel, CSV, JSON, PDF (tổng hợp hoặc phiếu đơn vị), DOCX phụ lục',
  run: async (args, io) => {
    const parsed = parseCommandArgs(args, {
      format: { type: 'string' },
      unit: { type: 'string' },
      out: { type: 'string' },
    });
    if (!parsed.ok) {
      io.err(`${parsed.error}\n${USAGE}`);
      return 2;
    }
    const [what, yearText, ...rest] = parsed.positional;
    const year = Number(yearText);
    const format = parsed.values.format as ResultsFormat | undefined;
    if (
      what !== 'results' ||
      !Number.isInteger(year) ||
      rest.length > 0 ||
      !format ||
      !FORMATS.includes(format)
    ) {
      io.err(USAGE);
      return 2;
    }
    const unit = parsed.values.unit;
    if (unit !== undefined && format !== 'pdf') {
      io.err(`Lỗi [CLI_ARGS]: --unit chỉ dùng với --format pdf (phiếu kết quả của đơn vị).\n${USAGE}`);
      return 2;
    }
    if (parsed.values.out === '-' && (format === 'xlsx' || format === 'pdf' || format === 'docx')) {
      io.err('Lỗi [CLI_ARGS]: tệp nhị phân không in ra màn hình được; hãy dùng --out <tệp>.');
      return 2;
    }
    return withRuntime(io, async (runtime) => {
      const documents = documentsOf(runtime);
      const file =
        unit === undefined
          ? await documents.exportResults(cliActor, year, format)
          : await documents.scorecardPdf(cliActor, year, unit);
      await saveDocument(io, file, parsed.values.out);
      return 0;
    });
  },
};
