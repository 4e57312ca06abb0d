// `dti period create <year> --framework <id>`, `dti period open|close|review|finalize|publish <year>`,
// `dti period approve <year> --decision <số> --date <yyyy-mm-dd>`.
import type { PeriodState } from '@dti/contract';
import type { Actor } from '../services/shared/actor';
import type { CliCommand } from './command';
import { parseCommandArgs } from './cli-output';
import { withRuntime } from './cli-runtime';

const USAGE =
  'Cách dùng: dti period create <năm> --framework <mã>\n' +
  '           dti period open|close|review|finalize|publish <năm>\n' +
  '           dti period approve <năm> --decision <số QĐ> --date <yyyy-mm-dd>';

const cliActor: Actor = { kind: 'system', name: 'dòng lệnh' };
const plain: Record<string, PeriodState> = { open: 'open', close: 'closed', review: 'under_review' };

/** The `period` command. */
export const periodCommand: CliCommand = {
  name: 'period',
  summary: 'tạo kỳ đánh giá, mở, đóng, thẩm định, chốt, phê duyệt, công bố',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      framework: { type: 'string' },
      decision: { type: 'string' },
      date: { type: 'string' },
    });
    const [action, yearText] = parsed.ok ? parsed.positional : [];
    const year = Number(yearText);
    if (!parsed.ok || !action || !Number.isInteger(year)) {
      io.err(parsed.ok ? USAGE : `${parsed.error}\n${USAGE}`);
      return 2;
    }
    return withRuntime(io, async ({ services }) => {
      if (action === 'create') {
        if (!parsed.values.framework) {
          io.err(USAGE);
          return 2;
        }
        await services.frameworks.loadBuiltinFrameworks(cliActor);
        const view = await services.periods.createPeriod(cliActor, {
          year,
          frameworkId: parsed.values.framework,
        });
        io.out(
          `Đã tạo kỳ đánh giá năm ${year} (${view.period.frameworkId}), trạng thái "${view.period.state}".`,
        );
        return 0;
      }
      const to = plain[action];
      if (to) await services.periods.transition(cliActor, year, to);
      else if (action === 'finalize') await services.results.finalize(cliActor, year);
      else if (action === 'publish') await services.results.publish(cliActor, year);
      else if (action === 'approve' && parsed.values.decision && parsed.values.date)
        await services.results.approve(cliActor, year, {
          decisionNumber: parsed.values.decision,
          decisionDate: parsed.values.date,
        });
      else {
        io.err(USAGE);
        return 2;
      }
      const view = await services.periods.getPeriod(year);
      io.out(`Kỳ đánh giá năm ${year}: trạng thái "${view.period.state}".`);
      return 0;
    });
  },
};
