import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Font } from '@pdf-lib/fontkit';
import fontkit from '@pdf-lib/fontkit';
import type { FontFace } from './compose';
import { BUNDLED_FONTS_FOLDER, DOCUMENT_FONTS_DIR, documentFontFiles, fontPackage } from './font-files';

/**
 * The only I/O of the documents module: reading the two font files, once per process, on the
 * first PDF (never at import, so a handler that does not render pays nothing at cold start).
 *
 * Where the files are looked for, in order:
 *   1. the folder named by DOCUMENT_FONTS_DIR, if set;
 *   2. `fonts/` beside the running module — where infra/bundling.ts `withDocumentFonts` copies
 *      them next to a bundled Lambda's index.mjs;
 *   3. the npm package in node_modules (tests, the local runtime, scripts run from source).
 */

export interface LoadedFont {
  readonly face: FontFace;
  readonly postscriptName: string;
  readonly path: string;
  readonly bytes: Uint8Array;
  /** Parsed once; shared by every PDF of the process (see pdf.ts). */
  readonly font: Font;
}

export type DocumentFonts = Readonly<Record<FontFace, LoadedFont>>;

/** Where the file of `face` is, by the order above; throws naming every place it looked. */
export function resolveFontPath(face: FontFace, env: NodeJS.ProcessEnv = process.env): string {
  const { file, packagePath } = documentFontFiles[face];
  const tried: string[] = [];
  const dir = env[DOCUMENT_FONTS_DIR];
  if (dir) {
    const p = join(dir, file);
    if (existsSync(p)) return p;
    tried.push(p);
  }
  const beside = join(dirname(fileURLToPath(import.meta.url)), BUNDLED_FONTS_FOLDER, file);
  if (existsSync(beside)) return beside;
  tried.push(beside);
  try {
    return createRequire(import.meta.url).resolve(`${fontPackage}/${packagePath}`);
  } catch {
    tried.push(`${fontPackage}/${packagePath}`);
  }
  throw new Error(
    `文书字体文件 ${file} 未找到（已查找：${tried.join('；')}）。请设置 ${DOCUMENT_FONTS_DIR}，或按 infra/bundling.ts 的 withDocumentFonts 将字体随函数打包。`,
  );
}

async function loadFace(face: FontFace): Promise<LoadedFont> {
  const path = resolveFontPath(face);
  const bytes = new Uint8Array(await readFile(path));
  return {
    face,
    postscriptName: documentFontFiles[face].postscriptName,
    path,
    bytes,
    font: fontkit.create(bytes),
  };
}

let loading: Promise<DocumentFonts> | undefined;

/** The fonts, read on first use and kept for the life of the process. */
export function documentFonts(): Promise<DocumentFonts> {
  loading ??= Promise.all([loadFace('regular'), loadFace('bold')]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      // A failed read is not cached: the next document tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether the fonts have been read in this process (for the bench's first-vs-warm figures). */
export function documentFontsLoaded(): boolean {
  return loading !== undefined;
}
