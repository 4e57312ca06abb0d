/** `dti import values <file.xlsx>`: imports a filled data-entry template, all or nothing. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliCommand } from './command';
import { parseCommandArgs } from './cli-output';
import { withRuntime } from './cli-runtime';
import { cliActor, documentsOf } from './export.command';

const USAGE =
  'Cách dùng: dti import values <phiếu.xlsx>\n' +
  '  Phiếu nhập liệu tải bằng "dti template" (hoặc từ trang web), đã điền; lỗi nào cũng liệt kê đủ, không lưu gì.';

/** The `import` command. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'nhập phiếu số liệu Excel đã điền (tất cả hoặc không gì cả)',
  run: async (args, io) => {
    const parsed = parseCommandArgs(args, {});
    if (!parsed.ok) {
      io.err(`${parsed.error}\n${USAGE}`);
      return 2;
    }
    const [what, file, ...rest] = parsed.positional;
    if (what !== 'values' || !file || rest.length > 0) {
      io.err(USAGE);
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
      const done = await documentsOf(runtime).importTemplate(cliActor, bytes);
      io.out(
        `Đã nhập phiếu của đơn vị ${done.unit}, năm ${done.year} (bộ ${done.set}): ` +
          `lưu ${done.saved.length} chỉ số, ${done.unchanged.length} chỉ số không đổi.` +
          (done.saved.length > 0 ? `\nĐã lưu: ${done.saved.join(', ')}.` : ''),
      );
      return 0;
    });
  },
};
