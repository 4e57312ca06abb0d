// Backup and restore of the whole database as (gzipped) JSON.
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  backupTableNames,
  countRows,
  dumpDatabase,
  restoreDatabase,
  type BackupDump,
} from '../../db/backup.repository';
import type { Db } from '../../db/client';
import { AppError } from '../shared/app-error';
import { systemClock } from '../shared/clock';

/** Writes every table to bytes: gzip when `gzip`, plain JSON otherwise. */
export async function createBackup(
  db: Db,
  gzip: boolean,
  now = systemClock.now(),
): Promise<{ bytes: Buffer; rows: number }> {
  const dump = await dumpDatabase(db, now);
  const json = Buffer.from(JSON.stringify(dump));
  const rows = Object.values(dump.tables).reduce((n, t) => n + t.length, 0);
  return { bytes: gzip ? gzipSync(json) : json, rows };
}

function decode(bytes: Buffer): BackupDump {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  let parsed: unknown;
  try {
    parsed = JSON.parse((gzipped ? gunzipSync(bytes) : bytes).toString('utf8'));
  } catch {
    throw new AppError('INVALID_INPUT', 'Tệp sao lưu hỏng hoặc không phải JSON.');
  }
  const dump = parsed as Partial<BackupDump>;
  if (
    dump.format !== 'dti-backup' ||
    dump.version !== 1 ||
    typeof dump.tables !== 'object' ||
    dump.tables === null
  ) {
    throw new AppError(
      'INVALID_INPUT',
      'Tệp không phải bản sao lưu DTI (định dạng dti-backup, phiên bản 1).',
    );
  }
  const unknown = Object.keys(dump.tables).filter((t) => !backupTableNames.includes(t));
  if (unknown.length > 0)
    throw new AppError('INVALID_INPUT', `Bản sao lưu có bảng lạ: ${unknown.join(', ')}.`);
  return dump as BackupDump;
}

/** Restores a backup into an empty (migrated) database in one transaction. */
export async function restoreBackup(db: Db, bytes: Buffer): Promise<{ rows: number }> {
  const dump = decode(bytes);
  const counts = await countRows(db);
  const filled = Object.entries(counts).filter(([, n]) => n > 0);
  if (filled.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `Chỉ khôi phục vào cơ sở dữ liệu trống; bảng đã có dữ liệu: ${filled.map(([t, n]) => `${t} (${n})`).join(', ')}.`,
    );
  }
  await restoreDatabase(db, dump);
  return { rows: Object.values(dump.tables).reduce((n, t) => n + t.length, 0) };
}
