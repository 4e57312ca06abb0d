/** `dti template <year> <unit-code> [--out file.xlsx]`: the data-entry template of a unit. */
import type { CliCommand } from './command';
import { parseCommandArgs } from './cli-output';
import { withRuntime } from './cli-runtime';
import { cliActor, documentsOf, saveDocument } from './export.command';

const USAGE = 'Cách dùng: dti template <năm> <mã đơn vị> [--out <tệp.xlsx>]';

/** The `template` command. */
export const templateCommand: CliCommand = {
  name: 'template',
  summary: 'tạo phiếu nhập số liệu (Excel) của một đơn vị cho một năm đánh giá',
  run: async (args, io) => {
    const parsed = parseCommandArgs(args, { out: { type: 'string' } });
    if (!parsed.ok) {
      io.err(`${parsed.error}\n${USAGE}`);
      return 2;
    }
    const [yearText, unitCode, ...rest] = parsed.positional;
    const year = Number(yearText);
    if (!Number.isInteger(year) || !unitCode || rest.length > 0 || parsed.values.out === '-') {
      io.err(USAGE);
      return 2;
    }
    return withRuntime(io, async (runtime) => {
      const file = await documentsOf(runtime).template(cliActor, year, unitCode);
      await saveDocument(io, file, parsed.values.out);
      return 0;
    });
  },
};
