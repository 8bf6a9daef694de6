/**
 * Documents: what embedding the font as a subset saves, and what the first PDF of a process costs
 * against the next ones. In one run, side by side:
 *
 *   - the first PDF (reads and parses the two font files: a Lambda's first document after a cold
 *     start), then N more PDFs of the same kinds (warm: the fonts are in memory), median each;
 *   - the same decision with the fonts embedded whole, against the subset: bytes and time;
 *   - the DOCX of the same documents, median.
 *
 * The goal and the closing JSON line are the size of a subset PDF against a whole-font PDF of the
 * same decision — a property of the output, not of the machine; the times are printed beside it.
 *
 *   npm run bench:documents        (BENCH_N=20 warm renders by default; BENCH_N=3 in CI)
 */
import {
  buildDocument,
  type OfficialDocument,
  reconsiderationTemplates,
  renderDocx,
  renderPdf,
} from '../shared/documents';
import { documentInputs } from '../test/support/documents';

const n = Math.max(1, Number(process.env.BENCH_N ?? 20));

const decision = buildDocument(reconsiderationTemplates.decision, documentInputs.decision);
const acceptance = buildDocument(reconsiderationTemplates.acceptance, documentInputs.acceptance);
const docs: OfficialDocument[] = [decision, acceptance];

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await f();
  return [value, performance.now() - t0];
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(0)} ms`;

const [firstPdf, firstMs] = await timed(() => renderPdf(decision));
const warm: number[] = [];
for (let i = 0; i < n; i++)
  warm.push((await timed(() => renderPdf(docs[i % docs.length] as OfficialDocument)))[1]);
const warmDecision: number[] = [];
for (let i = 0; i < n; i++) warmDecision.push((await timed(() => renderPdf(decision)))[1]);
const docxTimes: number[] = [];
let docxBytes = 0;
for (let i = 0; i < n; i++) {
  const [bytes, t] = await timed(() => renderDocx(docs[i % docs.length] as OfficialDocument));
  docxTimes.push(t);
  if (i === 0) docxBytes = bytes.length;
}
const [fullPdf, fullMs] = await timed(() => renderPdf(decision, { fullFonts: true }));

const ratio = firstPdf.length / fullPdf.length;
console.log(`decision (${decision.body.length} paragraphs) and acceptance notice; ${n} warm renders each:`);
console.log(`  first PDF of the process (reads the fonts) ${ms(firstMs)}`);
console.log(
  `  warm PDF, median                          ${ms(median(warm))} (decision alone ${ms(median(warmDecision))}); first/warm ${(firstMs / median(warmDecision)).toFixed(1)} ×`,
);
console.log(`  DOCX, median                              ${ms(median(docxTimes))} (${kb(docxBytes)})`);
console.log(
  `  decision PDF, font subset ${kb(firstPdf.length)} vs whole fonts ${kb(fullPdf.length)} (${ms(fullMs)}): subset/whole ${ratio.toFixed(4)} (goal ≤ 0.02)`,
);
console.log(
  JSON.stringify({
    metric: 'documents_pdf_bytes_subset_over_whole_font',
    value: Number(ratio.toFixed(4)),
    goal: '<= 0.02',
  }),
);
