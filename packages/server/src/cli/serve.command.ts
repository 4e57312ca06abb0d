// `dti serve`: migrate, first-start work, then serve HTTP until SIGINT/SIGTERM.
import { fileURLToPath } from 'node:url';
import { startServer } from '../main';
import { describeDemoAccount } from '../services/system/demo.service';
import { startNotifyTimer } from '../services/notifications/notifications-job';
import { describeNotifyReport } from './notify.command';
import type { CliCommand } from './command';
import { describeDatabase, readConfig, reportError } from './cli-runtime';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Chạy máy chủ web (cổng PORT, mặc định 3000; máy HOST, mặc định 127.0.0.1)',
  async run(args, io) {
    if (args.length > 0) {
      io.err(`Lỗi [CLI_ARGS]: "dti serve" không nhận tham số (cấu hình bằng biến môi trường).`);
      return 2;
    }
    const config = readConfig(io);
    if (!config) return 2;
    try {
      const server = await startServer(config, {
        webDistDir: fileURLToPath(new URL('../../../web/dist', import.meta.url)),
      });
      const { runtime, report } = server;
      if (report.unitsSeeded > 0) io.out(`Đã nạp ${report.unitsSeeded} đơn vị vào danh mục.`);
      if (report.generatedAdminPassword !== undefined) {
        io.out(
          `Đã tạo tài khoản quản trị "admin" với mật khẩu (chỉ hiện một lần): ${report.generatedAdminPassword}`,
        );
      } else if (report.adminCreated)
        io.out('Đã tạo tài khoản quản trị "admin" (mật khẩu từ DTI_ADMIN_PASSWORD).');
      if (report.frameworksLoaded.length > 0)
        io.out(`Đã nạp bộ chỉ số: ${report.frameworksLoaded.join(', ')}.`);
      if (report.frameworksFailed.length > 0)
        io.err(`Bộ chỉ số có lỗi, chưa nạp: ${report.frameworksFailed.join(', ')}.`);
      const purge = setInterval(
        () => void runtime.services.sessions.purgeDeadSessions().catch(() => 0),
        3_600_000,
      );
      purge.unref();
      const notify = startNotifyTimer(
        runtime.services.notifyJob,
        config.notify.intervalMinutes,
        (done) => {
          const { reminders, publications, delivery } = done;
          const notices = publications.reduce((n, p) => n + p.notices, 0);
          const news =
            reminders.reminders + reminders.escalations + notices + delivery.sent + delivery.failed;
          if (news > 0) io.out(describeNotifyReport(done));
        },
        (error) => io.err(`Lỗi [NOTIFY]: ${error instanceof Error ? error.message : String(error)}`),
      );
      io.out(`DTI Lào Cai đang chạy tại ${server.url} (${describeDatabase(config)}).`);
      if (report.demo) {
        io.out(
          `DỮ LIỆU MINH HỌA — đã tạo các kỳ ${report.demo.years.join(', ')} (${(report.demo.millis / 1000).toFixed(1)} giây).`,
        );
        for (const account of report.demo.accounts)
          io.out(`DỮ LIỆU MINH HỌA — tài khoản: ${describeDemoAccount(account)}`);
      }
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      clearInterval(purge);
      await notify.stop();
      await server.close();
      return 0;
    } catch (error) {
      return reportError(io, error);
    }
  },
};
