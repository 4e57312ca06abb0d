// Starts the real server for the browser tests — `bin/dti.js serve`, the command users run (temporary
// PGlite data directory, demo mode, a free port; it serves the built web application beside the API)
// — and stops it afterwards. The web package never imports server code: it only runs the command.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { freePort } from './local-chromium';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dtiBin = join(root, 'packages/server/bin/dti.js');
/** Password of the first administrator in the e2e server. */
export const adminPassword = 'e2e-Admin-Passw0rd!';

let child: ChildProcess | undefined;
let dataDir: string | undefined;

/** Vitest global setup: start the server, give its URL to the tests, stop it after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'dti-e2e-'));
  const output: string[] = [];
  child = spawn(process.execPath, [dtiBin, 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      DTI_DATA_DIR: dataDir,
      DATABASE_URL: '',
      DTI_DEMO: '1',
      // The flows were written against the 2023 registry (districts, Si Ma Cai's communes); the
      // shipped 2025 reorganisation is covered by the server's tests (shipped-registry, demo).
      DTI_SEED_REORGANISATIONS: 'false',
      DTI_ADMIN_PASSWORD: adminPassword,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      DTI_LOG: '0',
      DTI_LOGIN_MAX_FAILURES_PER_IP: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((done, fail) => {
    // DTI_E2E_START_SECONDS: more time on a busy machine (demo seeding alone can take over a minute)
    const seconds = Number(process.env.DTI_E2E_START_SECONDS) || 300;
    const timer = setTimeout(
      () => fail(new Error(`server did not start in ${seconds} s:\n${output.join('')}`)),
      seconds * 1000,
    );
    child?.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes(`đang chạy tại http://127.0.0.1:${port}`)) {
        clearTimeout(timer);
        done();
      }
    });
    child?.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child?.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}):\n${output.join('')}`));
    });
  });
  await ready;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('serverOutput', output.join(''));
  return async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child?.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    serverOutput: string;
  }
}
