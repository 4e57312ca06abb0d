/**
 * `dti units reorganise <file.csv|xlsx> [--dry-run] [--json]`: a reorganisation of the unit
 * registry (docs/spec/reorganisation.md), applied whole or not at all.
 */
import { readFile } from 'node:fs/promises';
import { extname, basename, resolve } from 'node:path';
import type { ReorganisationResult } from '@dti/contract';
import type { CliCommand } from './command';
import { parseCommandArgs } from './cli-output';
import { withRuntime } from './cli-runtime';
import { cliActor } from './export.command';
import { seedUnitsIfEmpty } from '../services/system/bootstrap.service';

const USAGE =
  'Cách dùng: dti units reorganise <tệp.csv|tệp.xlsx> [--dry-run] [--json]\n' +
  '  Áp dụng một lần sắp xếp đơn vị (hợp nhất, chia tách, đổi tên, điều chuyển, giải thể, thành lập)\n' +
  '  theo docs/spec/reorganisation.md: tất cả sự kiện trong một giao dịch, hoặc không gì cả.\n' +
  '  --dry-run: chỉ kiểm tra và cho biết điều gì sẽ xảy ra, không lưu gì.';

const OPTIONS = { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } } as const;

/** The JSON of `--json`: exactly these six fields. */
export function reorganisationJson(result: ReorganisationResult) {
  const { effectiveDate, ended, created, renamed, moved, problems } = result;
  return { effectiveDate, ended, created, renamed, moved, problems };
}

function counts(label: string, codes: string[], byKind: Record<string, number>): string {
  const kinds = Object.entries(byKind)
    .map(([kind, n]) => `${kind}: ${n}`)
    .join(', ');
  return `${label}: ${codes.length}${kinds ? ` (${kinds})` : ''}${codes.length > 0 ? `\n  ${codes.join(', ')}` : ''}`;
}

function renderResult(result: ReorganisationResult): string {
  if (result.problems.length > 0) {
    const lines = result.problems.map(
      (p) => `Lỗi [${p.code ?? ''}] dòng ${p.row ?? '?'}${p.column ? `, cột ${p.column}` : ''}: ${p.message}`,
    );
    return `${lines.join('\n')}\n${result.problems.length} lỗi; không có thay đổi nào được lưu.`;
  }
  const head = result.applied
    ? `Đã áp dụng sắp xếp đơn vị có hiệu lực từ ${result.effectiveDate ?? ''}.`
    : `Chạy thử (không lưu gì): sắp xếp đơn vị có hiệu lực từ ${result.effectiveDate ?? ''}.`;
  return [
    head,
    counts('Kết thúc', result.ended, result.counts.ended),
    counts('Thành lập', result.created, result.counts.created),
    counts('Đổi tên', result.renamed, result.counts.renamed),
    counts('Đổi cấp trên', result.moved, result.counts.moved),
  ].join('\n');
}

/** The `units` command. */
export const unitsCommand: CliCommand = {
  name: 'units',
  summary: 'sắp xếp đơn vị hành chính từ tệp (tất cả hoặc không gì cả)',
  run: async (args, io) => {
    const parsed = parseCommandArgs(args, OPTIONS);
    if (!parsed.ok) {
      io.err(`${parsed.error}\n${USAGE}`);
      return 2;
    }
    const [what, file, ...rest] = parsed.positional;
    if (what !== 'reorganise' || !file || rest.length > 0) {
      io.err(USAGE);
      return 2;
    }
    const extension = extname(file).toLowerCase();
    const format = extension === '.csv' ? 'csv' : extension === '.xlsx' ? 'xlsx' : undefined;
    if (!format) {
      io.err(`Lỗi [CLI_FILE]: tệp phải có đuôi .csv hoặc .xlsx.\n${USAGE}`);
      return 2;
    }
    const path = resolve(io.cwd, file);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      io.err(`Lỗi [CLI_FILE]: không mở được tệp ${path}.`);
      return 1;
    }
    return withRuntime(io, async (runtime) => {
      // A database never started yet gets its registry first (the seed and the shipped files).
      await runtime.database.withExclusiveLock(() => seedUnitsIfEmpty(runtime.store));
      const result = await runtime.services.reorganisation.reorganise(cliActor, bytes, format, {
        dryRun: parsed.values['dry-run'] === true,
        fileName: basename(path),
      });
      if (parsed.values.json) io.out(JSON.stringify(reorganisationJson(result), null, 2));
      else if (result.problems.length > 0) io.err(renderResult(result));
      else io.out(renderResult(result));
      return result.problems.length > 0 ? 1 : 0;
    });
  },
};
