import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';
import { esbuildOptions, lambdaBundling, withDocumentFonts } from '../../infra/bundling';
import { DOCUMENT_FONTS_DIR, documentFontFiles, fontPackage } from '../../shared/documents/font-files';
import { resolveFontPath } from '../../shared/documents/fonts';

/**
 * Where the fonts come from: the npm package when run from source (tests, the local runtime), a
 * folder named by DOCUMENT_FONTS_DIR, or `fonts/` beside a bundled Lambda's index.mjs, where
 * withDocumentFonts (infra/bundling.ts) copies them. The last is proved end to end: a function is
 * bundled as the stack bundles it, its hook copies the fonts, and the bundle renders a PDF from a
 * folder with no node_modules.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'documents-fonts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('font files', () => {
  it('come from the npm package when run from source', () => {
    for (const face of ['regular', 'bold'] as const) {
      const path = resolveFontPath(face, {});
      expect(path).toBe(
        realpathSync(join(root, 'node_modules', fontPackage, documentFontFiles[face].packagePath)),
      );
      expect(existsSync(path)).toBe(true);
    }
  });

  it('come from DOCUMENT_FONTS_DIR when it holds them, and from the package when it does not', () => {
    const dir = join(scratch, 'layer');
    execFileSync('mkdir', ['-p', dir]);
    symlinkSync(resolveFontPath('regular', {}), join(dir, documentFontFiles.regular.file));
    expect(resolveFontPath('regular', { [DOCUMENT_FONTS_DIR]: dir })).toBe(
      join(dir, documentFontFiles.regular.file),
    );
    expect(resolveFontPath('bold', { [DOCUMENT_FONTS_DIR]: dir })).toBe(resolveFontPath('bold', {}));
  });

  it('are copied beside a bundled function, which renders a PDF with them and without node_modules', async () => {
    const entry = join(scratch, 'render.ts');
    const outdir = join(scratch, 'bundle');
    writeFileSync(
      entry,
      `import { buildDocument, reconsiderationTemplates, renderPdf, resolveFontPath } from ${JSON.stringify(join(root, 'shared/documents/index.ts'))};
import { documentInputs } from ${JSON.stringify(join(root, 'test/support/documents.ts'))};
const pdf = await renderPdf(buildDocument(reconsiderationTemplates.acceptance, documentInputs.acceptance));
console.log(JSON.stringify({ font: resolveFontPath('regular'), head: new TextDecoder().decode(pdf.subarray(0, 5)), bytes: pdf.length }));
`,
    );
    const bundling = withDocumentFonts(lambdaBundling);
    await build(esbuildOptions(entry, outdir, bundling));
    for (const command of bundling.commandHooks?.afterBundling(root, outdir) ?? [])
      execFileSync('sh', ['-c', command]);
    const run = spawnSync(process.execPath, [join(outdir, 'index.mjs')], {
      cwd: scratch,
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.font).toBe(join(outdir, 'fonts', documentFontFiles.regular.file));
    expect(out.head).toBe('%PDF-');
    expect(out.bytes).toBeGreaterThan(10_000);
  });
});
