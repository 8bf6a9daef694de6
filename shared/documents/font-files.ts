/**
 * The font files documents are set in: Noto Serif SC (SIL Open Font License 1.1), from the npm
 * package @expo-google-fonts/noto-serif-sc — Regular for the text, Bold for the title (standing in
 * for 仿宋 and 小标宋, which may not be redistributed). Kept apart from fonts.ts, which reads them,
 * so that infra/bundling.ts can name the files without loading a font library.
 */
export const fontPackage = '@expo-google-fonts/noto-serif-sc';

export const documentFontFiles = {
  regular: {
    packagePath: '400Regular/NotoSerifSC_400Regular.ttf',
    file: 'NotoSerifSC_400Regular.ttf',
    postscriptName: 'NotoSerifSC-Regular',
  },
  bold: {
    packagePath: '700Bold/NotoSerifSC_700Bold.ttf',
    file: 'NotoSerifSC_700Bold.ttf',
    postscriptName: 'NotoSerifSC-Bold',
  },
} as const;

/** Environment variable naming a folder that holds the files (e.g. a Lambda layer at /opt/fonts). */
export const DOCUMENT_FONTS_DIR = 'DOCUMENT_FONTS_DIR';

/** The folder, beside a bundled handler's index.mjs, into which the bundling copies the files. */
export const BUNDLED_FONTS_FOLDER = 'fonts';
