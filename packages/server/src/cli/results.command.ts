// `dti results <year> [--set <id>] [--json]`: results in the shape of scoring-io.md, from the
// frozen snapshot once the period is ranked, else scored live.
import type { CliCommand } from './command';
import { formatNumberVi, parseCommandArgs, renderTable } from './cli-output';
import { withRuntime } from './cli-runtime';

const USAGE = 'Cách dùng: dti results <năm> [--set <mã bộ>] [--json]';

/** The `results` command. */
export const resultsCommand: CliCommand = {
  name: 'results',
  summary: 'kết quả xếp hạng của một kỳ đánh giá (bản chụp khi đã chốt)',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { set: { type: 'string' }, json: { type: 'boolean' } });
    const year = parsed.ok ? Number(parsed.positional[0]) : NaN;
    if (!parsed.ok || parsed.positional.length !== 1 || !Number.isInteger(year)) {
      io.err(parsed.ok ? USAGE : `${parsed.error}\n${USAGE}`);
      return 2;
    }
    return withRuntime(io, async ({ services }) => {
      const sets = await services.results.resultsForCli(year, parsed.values.set);
      if (parsed.values.json) {
        io.out(JSON.stringify(parsed.values.set ? sets[0] : sets, null, 2));
        return 0;
      }
      for (const s of sets) {
        const rows = s.units.map((u) => [String(u.rank), u.code, u.name, formatNumberVi(u.total), u.level]);
        io.out(`${s.framework} · bộ ${s.set} · thang ${s.maxPoints} điểm\n`);
        io.out(
          `${renderTable(['Hạng', 'Mã', 'Đơn vị', 'Điểm', 'Mức độ'], rows, ['r', 'l', 'l', 'r', 'l'])}\n`,
        );
      }
      return 0;
    });
  },
};
