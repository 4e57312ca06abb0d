/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset, simulated throttling) against Debian's
 * Chromium on the public portal `/` (anonymous) and the officer's form `/app/assessment` (signed in
 * as demo.xa), each `LH_RUNS` times (default 3); prints every run and the median of each figure with
 * the machine's load average and Lighthouse's CPU benchmark index.
 *
 * Needs the Lighthouse CLI, which is not a dependency of the project: install it outside the
 * repository (`mkdir -p /tmp/lh && cd /tmp/lh && npm i -E lighthouse@12.2.3`) and point
 * `LIGHTHOUSE_BIN` at `node_modules/.bin/lighthouse` there (default: `/tmp/lh/node_modules/.bin/lighthouse`,
 * then `lighthouse` on the PATH). Build the web application first (`npm run build -w @dti/web`).
 *
 * The server: `LH_URL` (e.g. http://127.0.0.1:3913) measures a running `dti serve` with the demo
 * data; without it, the script starts `bin/dti.js serve` on a temporary database with the demo
 * (seeding takes 1–3 minutes) and stops it at the end.
 *
 * Signing in: the page finds out whether a session may exist from the readable CSRF cookie, so a
 * Cookie header (`--extra-headers`) is not enough — the form would be measured as the sign-in page.
 * For each run the script starts Chromium itself with a fresh profile, for the form puts the
 * session cookies from `POST /api/session` into it, and runs Lighthouse on that browser (`--port`). Lighthouse clears
 * the HTTP cache and the service workers before loading, not cookies, so the form loads cold and
 * signed in. The portal gets a fresh browser without cookies. `LH_KEEP=<folder>` keeps each JSON report;
 * `LH_ONLY=/` or `LH_ONLY=/app/assessment` measures one page; `LH_CPU_SLOWDOWN=<n>` replaces the
 * preset's 4× CPU slow-down (to see how a slower machine would score).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath, freePort } from '../packages/web/e2e/local-chromium';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.LH_RUNS ?? 3);
/** `LH_CPU_SLOWDOWN=8`: a slower CPU than the preset's 4× (8× on a machine of CPU index ≈ 3,000 stands for a 4× on one of ≈ 1,500). */
const cpuSlowdown = process.env.LH_CPU_SLOWDOWN ? Number(process.env.LH_CPU_SLOWDOWN) : undefined;
const chromePath = process.env.CHROME_PATH ?? chromiumPath;

function lighthouseBin(): string | null {
  const candidates = [process.env.LIGHTHOUSE_BIN, '/tmp/lh/node_modules/.bin/lighthouse'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  const which = spawnSync('which', ['lighthouse'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

/** Starts `dti serve` with the demo on a temporary database; resolves with its URL and a stop function. */
async function startServer(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'dti-lh-'));
  const child = spawn(process.execPath, [join(root, 'packages/server/bin/dti.js'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      DTI_DATA_DIR: dataDir,
      DATABASE_URL: '',
      DTI_DEMO: '1',
      DTI_ADMIN_PASSWORD: 'bench-Admin-Passw0rd!',
      PORT: String(port),
      HOST: '127.0.0.1',
      DTI_LOG: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (Number(process.env.LH_START_SECONDS) || 400) * 1000;
  while (!output.join('').includes(`đang chạy tại ${url}`)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`the server did not start:\n${output.join('')}`);
    }
    await new Promise((done) => setTimeout(done, 1000));
  }
  return {
    url,
    stop: () => {
      child.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The session cookies of demo.xa, as `POST /api/session` sets them. */
async function officerCookies(url: string): Promise<{ name: string; value: string }[]> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo.xa', password: 'demo-xa-2024' }),
  });
  if (!response.ok) throw new Error(`signing in as demo.xa failed: ${response.status}`);
  return response.headers.getSetCookie().map((line) => {
    const pair = line.split(';')[0] ?? '';
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1) };
  });
}

interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  si: number;
  cls: number;
  bytes: number;
  /** Main-thread work as Lighthouse reports it (observed × the 4× CPU multiplier). */
  mainThread: number;
  /**
   * Lighthouse's measure of this machine's CPU speed (higher is faster); its simulated 4× slow-down
   * is calibrated on fast machines, so TBT and LCP grow on slower ones: figures compare across runs
   * of similar index only.
   */
  benchmarkIndex: number;
  finalUrl: string;
  load: number;
}

/** Starts Chromium with a fresh profile and a DevTools port; `cookies` go into its profile first. */
async function startChromium(
  origin: string,
  cookies: { name: string; value: string }[],
): Promise<{ port: number; profile: string; stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'dti-lh-chrome-'));
  const port = await freePort();
  const child = spawn(
    chromePath,
    [...chromiumFlags, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    child.kill();
    await exited; // Chromium writes into its profile until it has exited
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // one of Chromium's helper processes still writes into it: leave the temporary profile
    }
  };
  try {
    // connect over the DevTools protocol, put the cookies in, and let go (the browser keeps running)
    let browser: Awaited<ReturnType<typeof chromium.connectOverCDP>> | undefined;
    for (let attempt = 0; !browser; attempt++) {
      try {
        browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      } catch (error) {
        if (attempt > 50) throw error;
        await new Promise((done) => setTimeout(done, 200));
      }
    }
    if (cookies.length > 0) {
      await browser.contexts()[0]?.addCookies(cookies.map((c) => ({ ...c, url: origin })));
    }
    await browser.close();
    return { port, profile, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** One Lighthouse run on a Chromium started here (with `cookies` when given). */
async function measure(
  bin: string,
  url: string,
  cookies: { name: string; value: string }[],
): Promise<Figures> {
  const chrome = await startChromium(new URL(url).origin, cookies);
  const out = join(chrome.profile, 'report.json');
  try {
    const load = loadavg()[0] ?? 0;
    const run = spawnSync(
      bin,
      [
        url,
        `--port=${chrome.port}`,
        '--form-factor=mobile',
        '--only-categories=performance,accessibility,best-practices',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        ...(cpuSlowdown ? [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`] : []),
      ],
      { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromePath } },
    );
    if (run.status !== 0 || !existsSync(out)) throw new Error(`lighthouse failed:\n${run.stderr}`);
    if (process.env.LH_KEEP) {
      mkdirSync(process.env.LH_KEEP, { recursive: true });
      copyFileSync(
        out,
        join(process.env.LH_KEEP, `${new URL(url).pathname.replace(/\W+/g, '_')}-${Date.now()}.json`),
      );
    }
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      finalDisplayedUrl: string;
      categories: Record<string, { score: number }>;
      audits: Record<string, { numericValue?: number }>;
      environment?: { benchmarkIndex?: number };
    };
    const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      si: value('speed-index'),
      cls: value('cumulative-layout-shift'),
      bytes: value('total-byte-weight'),
      mainThread: value('mainthread-work-breakdown'),
      benchmarkIndex: report.environment?.benchmarkIndex ?? Number.NaN,
      finalUrl: report.finalDisplayedUrl,
      load,
    };
  } finally {
    await chrome.stop();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function line(label: string, f: Omit<Figures, 'finalUrl'>): string {
  return (
    `${label.padEnd(14)} perf ${String(f.performance).padStart(3)} · a11y ${f.accessibility} · bp ${f.bestPractices}` +
    ` · FCP ${(f.fcp / 1000).toFixed(2)} s · LCP ${(f.lcp / 1000).toFixed(2)} s · TBT ${Math.round(f.tbt)} ms` +
    ` · SI ${(f.si / 1000).toFixed(2)} s · CLS ${f.cls.toFixed(3)} · ${Math.round(f.bytes)} B` +
    ` · main thread ${(f.mainThread / 1000).toFixed(1)} s · CPU index ${Math.round(f.benchmarkIndex)}` +
    ` · load ${f.load.toFixed(1)}`
  );
}

async function main(): Promise<void> {
  const bin = lighthouseBin();
  if (!bin) {
    console.error(
      'Lighthouse CLI not found. Install it outside the repository (mkdir -p /tmp/lh && cd /tmp/lh && ' +
        'npm i -E lighthouse@12.2.3) or set LIGHTHOUSE_BIN.',
    );
    process.exitCode = 1;
    return;
  }
  const server = process.env.LH_URL
    ? { url: process.env.LH_URL, stop: () => undefined }
    : await startServer();
  try {
    const cookies = await officerCookies(server.url);
    const only = process.env.LH_ONLY;
    const pages = [
      { label: 'portal /', path: '/', cookies: [] as { name: string; value: string }[] },
      { label: 'officer form', path: '/app/assessment', cookies },
    ];
    for (const page of pages.filter((p) => !only || p.path === only)) {
      const all: Figures[] = [];
      for (let i = 0; i < runs; i++) {
        const figures = await measure(bin, `${server.url}${page.path}`, page.cookies);
        if (new URL(figures.finalUrl).pathname !== page.path) {
          throw new Error(`${page.path} ended at ${figures.finalUrl}: not the page meant to be measured`);
        }
        all.push(figures);
        console.log(line(`${page.label} #${i + 1}`, figures));
      }
      const keys = [
        'performance',
        'accessibility',
        'bestPractices',
        'fcp',
        'lcp',
        'tbt',
        'si',
        'cls',
        'bytes',
        'mainThread',
        'benchmarkIndex',
        'load',
      ] as const;
      const med = Object.fromEntries(keys.map((k) => [k, median(all.map((f) => f[k]))])) as Omit<
        Figures,
        'finalUrl'
      >;
      console.log(line(`${page.label} median`, med));
    }
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
