// Builds the renderer once for all hosts: relative asset URLs (`base: './'`) so the same files
// load from Electron's app protocol, from file:// and from the loopback HTTP host.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // antd and AG Grid are large by nature; the pages that need them are split off lazily.
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  server: {
    // `vite` dev server: forward the API to a running `churn-cockpit serve` (set its port here).
    proxy: process.env.CHURN_COCKPIT_API ? { '/api': process.env.CHURN_COCKPIT_API } : undefined,
  },
});
