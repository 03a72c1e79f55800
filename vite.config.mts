import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * The voter page and the staff console, built into dist/web (served by src/plugins/pages.ts).
 * HTML lands in dist/web/<page>/index.html, everything else in dist/web/assets with hashed names.
 */

const webRoot = resolve(import.meta.dirname, 'web');
const outDir = resolve(import.meta.dirname, 'dist/web');

/**
 * Writes .gz and .br beside each text asset, so the service sends compressed files without
 * compressing on every request (@fastify/static's preCompressed) and without a proxy in front.
 */
function precompress(): Plugin {
  const compressible = /\.(js|css|html|svg|json)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'precompress',
    apply: 'build',
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!compressible.test(file)) continue;
        const raw = readFileSync(file);
        if (raw.length < 512) continue;
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: false,
  plugins: [precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // WeChat's browser on Android 8+ (Chromium-based X5/XWeb kernels) and iOS 13+ (Safari 13's
    // engine): ES2017 plus ES modules. Optional chaining and the like are lowered.
    target: ['es2017', 'chrome64', 'safari13'],
    cssTarget: ['chrome64', 'safari13'],
    assetsDir: 'assets',
    // Every asset is a file: an inlined data: URL would need a looser CSP for scripts.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    // ECharts is one lazily loaded chunk (~200 kB gzip) that only the console's charts fetch.
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      input: {
        vote: resolve(webRoot, 'vote/index.html'),
        console: resolve(webRoot, 'console/index.html'),
      },
    },
  },
});
