import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The portal's build: two pages (the app and the API reference at /docs), JSX compiled by Vite's
 * own oxc transform (no React plugin: there is no dev server to refresh), hashed file names so
 * CloudFront can cache everything but index.html, docs.html and config.json for a year.
 * `infra/portal.ts` runs it with the output folder it chooses.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        docs: fileURLToPath(new URL('docs.html', import.meta.url)),
      },
    },
  },
});
