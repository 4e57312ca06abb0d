// Vite builds the web application into dist/ (served by the server's web-app plugin). In development
// `npm run dev -w @dti/web` proxies /api to a server started with PORT=3111 (override: DTI_API_URL).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.DTI_API_URL ?? 'http://127.0.0.1:3111';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  preview: { port: 4173, proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 700 },
});
