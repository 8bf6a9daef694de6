/**
 * What each role downloads to see its first page: the portal's entry (with everything it
 * imports statically), the sign-in adapter of an AWS deployment (Cognito; the demo one is
 * smaller) and the chunk of the role's landing page with its own imports — JavaScript and CSS,
 * raw and gzip, side by side. Goal: ≤ 300 KB gzip for the applicant. The build is Vite's, made
 * as `npm start` and the stack make it (PORTAL_DIR, else a fresh temporary folder).
 *
 * `npm run bench:portal`. BENCH_N has no effect (the build has one size); CI runs it anyway.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { portalBuildSync } from '../infra/portal';
import { navigation } from '../web/src/app/roles';
import { routeTable } from '../web/src/app/route-table';
import type { Role } from '../web/src/auth/session';

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}
type Manifest = Record<string, ManifestChunk>;

const goalKb = 300;
const dir = portalBuildSync(
  process.env.PORTAL_DIR ?? join(mkdtempSync(join(tmpdir(), 'ajc-bench-portal-')), 'portal'),
).dir;
const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;

/** The files a chunk loads before it runs: itself, its static imports (transitively), their CSS. */
function closure(key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the portal's manifest has no chunk ${key}`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
}

const sizeOf = (files: Iterable<string>) => {
  let raw = 0;
  let gzip = 0;
  let js = 0;
  let css = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    const z = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += z;
    if (file.endsWith('.css')) css += z;
    else js += z;
  }
  return { raw, gzip, js, css };
};

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
const pageSource = (page: string) =>
  Object.keys(manifest).find((k) => manifest[k]?.src === `src/pages/${page}.tsx`) ?? `src/pages/${page}.tsx`;

const rows = (Object.keys(navigation) as Role[]).map((role) => {
  const home = navigation[role][0]?.path;
  const route = routeTable.find((r) => r.path === home);
  if (!route) throw new Error(`no route for ${role}'s landing page ${home}`);
  const files = closure('index.html');
  closure('src/auth/cognito.ts', files);
  closure(pageSource(route.page), files);
  return { role, page: home, files: files.size, ...sizeOf(files) };
});

console.log(`portal build: ${dir}`);
console.log('role               first page          files   raw KB   gzip KB (JS + CSS)');
for (const r of rows)
  console.log(
    `${r.role.padEnd(18)} ${String(r.page).padEnd(19)} ${String(r.files).padStart(5)} ${String(kb(r.raw)).padStart(8)} ${String(kb(r.gzip)).padStart(9)} (${kb(r.js)} + ${kb(r.css)})`,
  );
const applicant = rows.find((r) => r.role === 'applicant');
if (!applicant) throw new Error('no applicant row');
console.log(
  `applicant's first page: ${kb(applicant.gzip)} KB gzip, ${kb(applicant.gzip) <= goalKb ? 'within' : 'OVER'} the goal of ${goalKb} KB`,
);
console.log(
  JSON.stringify({
    metric: 'portal_applicant_first_load_gzip_kb',
    value: kb(applicant.gzip),
    goal: `<= ${goalKb}`,
  }),
);
