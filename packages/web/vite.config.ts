// Vite builds the web application into dist/ (served by the server's web-app plugin). In development
// `npm run dev -w @dti/web` proxies /api to a server started with PORT=3111 (override: DTI_API_URL).
// After the build, every text file over 1 KB gets x.br (Brotli, quality 11) and x.gz (gzip 9) beside
// it, which the server sends as they are to browsers that accept them.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.DTI_API_URL ?? 'http://127.0.0.1:3111';
const outDir = 'dist';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes x.br and x.gz beside each compressible file of the build. */
function precompress(): Plugin {
  let root = '';
  return {
    name: 'dti-precompress',
    apply: 'build',
    configResolved(config) {
      root = join(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of filesUnder(root)) {
        if (!/\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/.test(file)) continue;
        if (file.includes(`${join(root, '.vite')}`)) continue; // the manifest is read by the server, never sent
        const bytes = readFileSync(file);
        if (bytes.length < 1024) continue;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: { port: 5173, proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  preview: { port: 4173, proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks each lazily loaded module needs, read by the server to
    // name them in the page's HTML for the addresses that load them at once (web-app-preloads.ts).
    manifest: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically in one chunk: without this, the modules the
        // lazy pages share with it become ~30 small chunks, each a request (and a round trip on
        // a slow connection) before the first paint.
        // The libraries only the lazy pages use (the rest of Mantine…) go in one more chunk for the
        // same reason; the charts' and the map's libraries stay in their own chunks.
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'], priority: 2 },
            {
              name: 'libs',
              test: (id) =>
                /node_modules/.test(id) && !/node_modules[\\/](?:echarts|zrender|marked)[\\/]/.test(id),
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
