// What the browser tests and the benchmarks that drive Chromium share: Debian's Chromium, the flags it
// needs on this closed network (without the background-networking ones, Chromium keeps opening
// connections the machine refuses), and a free port on loopback for a server or a DevTools endpoint.
// No side effects: bench/lighthouse.bench.ts imports it too.
import { createServer } from 'node:net';

/** Debian's Chromium (`CHROMIUM_PATH` to use another). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, no sandbox (root), no GPU, nothing that reaches for the network on its own. */
export const chromiumFlags: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
