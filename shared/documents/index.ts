/**
 * Legal documents (法律文书) from templates: build a document from a template and its data
 * (buildDocument), then render it as PDF (renderPdf, to serve and keep) and DOCX (renderDocx, for
 * staff to edit before issuing). Everything here is pure except reading the font files, once per
 * process, on the first PDF (fonts.ts).
 */
import { renderDocx } from './docx';
import type { OfficialDocument } from './model';
import { renderPdf } from './pdf';

export { type ComposedDocument, composeDocument, type PlacedSeal, type PlacedText } from './compose';
export { renderDocx } from './docx';
export { documentFonts, resolveFontPath } from './fonts';
export { breakParagraph, NO_LINE_END, NO_LINE_START } from './line-breaking';
export { DOCUMENT_NUMBER, DRAFT_NUMBER, documentNumber, type OfficialDocument } from './model';
export { chineseCount, chineseDate, chineseYear } from './numerals';
export { fontMeasure, type PdfOptions, renderPdf } from './pdf';
export * from './reconsideration';
export {
  type AddresseeRule,
  type Agent,
  buildDocument,
  type CaseParties,
  DocumentError,
  type DocumentErrorCode,
  type DocumentInput,
  type DocumentTemplate,
  defineTemplate,
  type FieldsOf,
  type Party,
  periodZh,
} from './template';

/** Both renderings of one document, side by side. */
export async function renderDocument(doc: OfficialDocument): Promise<{ pdf: Uint8Array; docx: Uint8Array }> {
  const [pdf, docx] = await Promise.all([renderPdf(doc), renderDocx(doc)]);
  return { pdf, docx };
}
