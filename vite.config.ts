import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bootPreloadPlugin } from './scripts/vite-boot-preload-plugin.ts';
import { compressPlugin } from './scripts/vite-compress-plugin.ts';
import { demoDataPlugin } from './scripts/vite-demo-data-plugin.ts';
import { securityHeadersPlugin } from './scripts/vite-security-headers-plugin.ts';

/** Vite config: the app is a static SPA; the demo data in data/demo is served under /demo/. */
export default defineConfig({
  plugins: [
    react(),
    demoDataPlugin(),
    bootPreloadPlugin(),
    compressPlugin(),
    securityHeadersPlugin(),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
