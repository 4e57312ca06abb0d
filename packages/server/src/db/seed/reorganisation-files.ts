// The reorganisation files shipped with the registry seed (./reorganisations/*.csv|xlsx), read in
// file-name order. Applied once, on a new database, right after the 2023 registry is seeded.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of shipped reorganisation files. */
export const shippedReorganisationsDir = fileURLToPath(new URL('./reorganisations/', import.meta.url));

/** One reorganisation file. */
export interface ReorganisationFile {
  name: string;
  format: 'csv' | 'xlsx';
  bytes: Buffer;
}

/** The `.csv` and `.xlsx` files of a folder in file-name order; none when the folder is absent. */
export async function readReorganisationFiles(dir: string): Promise<ReorganisationFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: ReorganisationFile[] = [];
  for (const name of names.sort()) {
    const format = /\.csv$/i.test(name) ? 'csv' : /\.xlsx$/i.test(name) ? 'xlsx' : undefined;
    if (format === undefined || name.startsWith('~$')) continue;
    files.push({ name, format, bytes: await readFile(join(dir, name)) });
  }
  return files;
}
