// `dti db migrate | backup <file> | restore <file>`.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createBackup, restoreBackup } from '../services/system/backup.service';
import type { CliCommand, CliIo } from './command';
import { describeDatabase, withRuntime } from './cli-runtime';

const usage = [
  'Cách dùng:',
  '  dti db migrate           cập nhật cấu trúc cơ sở dữ liệu',
  '  dti db backup <tệp>      sao lưu toàn bộ dữ liệu (tệp .gz: nén gzip)',
  '  dti db restore <tệp>     khôi phục vào cơ sở dữ liệu trống',
].join('\n');

async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, file, ...extra] = args;
  if (sub === 'migrate' && file === undefined) {
    return withRuntime(io, (runtime) => {
      io.out(`Cơ sở dữ liệu đã được cập nhật (${describeDatabase(runtime.config)}).`);
      return Promise.resolve(0);
    });
  }
  if ((sub === 'backup' || sub === 'restore') && file !== undefined && extra.length === 0) {
    const path = resolve(io.cwd, file);
    if (sub === 'backup') {
      return withRuntime(io, async (runtime) => {
        const { bytes, rows } = await createBackup(runtime.database.db, /\.gz$/i.test(path));
        await writeFile(path, bytes);
        io.out(`Đã sao lưu ${rows} dòng vào ${path}.`);
        return 0;
      });
    }
    const bytes = await readFile(path).catch(() => undefined);
    if (bytes === undefined) {
      io.err(`Lỗi [FILE_NOT_FOUND]: không đọc được tệp ${path}.`);
      return 1;
    }
    return withRuntime(io, async (runtime) => {
      const { rows } = await restoreBackup(runtime.database.db, bytes);
      io.out(`Đã khôi phục ${rows} dòng từ ${path}.`);
      return 0;
    });
  }
  io.err(`Lỗi [CLI_ARGS]: tham số không hợp lệ.\n${usage}`);
  return 2;
}

export const dbCommand: CliCommand = {
  name: 'db',
  summary: 'Cơ sở dữ liệu: migrate, backup <tệp>, restore <tệp>',
  run,
};
