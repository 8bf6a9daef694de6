import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, test } from '@jest/globals';
import ts from 'typescript';
import type { DeadlineSpec } from '../../shared/domain/procedure';
import type { PeriodUnit, TimeLimitRule } from '../../shared/domain/rules';
import { reconsiderationProcedure } from '../../shared/procedures/reconsideration/definition';
import {
  reconsiderationThresholds,
  reconsiderationTimeLimits,
  timeLimitsById,
} from '../../shared/procedures/reconsideration/rules';

const rows: [string, TimeLimitRule][] = Object.entries(reconsiderationTimeLimits);
const statutory = rows.filter(([, r]) => r.kind === 'statutory');

/** 《…》第…条, e.g. 《行政复议法》第三十一条第二款. */
const CITATION = /《[^《》]+》第[零〇一二三四五六七八九十百]+条/;

describe('rules table of administrative reconsideration: well-formed rows', () => {
  it('has a unique id per row, derived from its key', () => {
    const ids = rows.map(([, r]) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [key, r] of rows) expect(r.id).toBe(`rc.${key}`);
    const thresholdIds = Object.values(reconsiderationThresholds).map((t) => t.id);
    expect(new Set([...ids, ...thresholdIds]).size).toBe(ids.length + thresholdIds.length);
  });

  test.each(rows)('%s cites an article, has a Chinese label and a positive integer amount', (_key, r) => {
    expect(r.article).toMatch(CITATION);
    expect(r.labelZh).toMatch(/[\u4e00-\u9fff]/);
    expect(Number.isInteger(r.amount)).toBe(true);
    expect(r.amount).toBeGreaterThan(0);
    expect(['workingDays', 'calendarDays', 'years']).toContain(r.unit);
    expect(['statutory', 'policy']).toContain(r.kind);
  });

  it('statutory rows cite the law itself, starting with 《…》第…条', () => {
    for (const [, r] of statutory) expect(r.article).toMatch(new RegExp(`^${CITATION.source}`));
  });

  it('only the warning lead time is a policy of this system, not a statutory limit', () => {
    expect(rows.filter(([, r]) => r.kind === 'policy').map(([k]) => k)).toEqual(['dueSoonWarning']);
    expect(reconsiderationTimeLimits.dueSoonWarning).toMatchObject({ amount: 1, unit: 'workingDays' });
  });

  it('counts "3, 5, 7, 10 days" of the ARL in working days and every other period in calendar days or years (Art. 88)', () => {
    const arl = statutory.filter(([, r]) => r.article.startsWith('《行政复议法》'));
    const workingDayAmounts = [3, 5, 7, 10];
    const wrong = arl.filter(([, r]) =>
      r.unit === 'workingDays'
        ? !workingDayAmounts.includes(r.amount)
        : r.unit === 'calendarDays' && workingDayAmounts.includes(r.amount),
    );
    expect(wrong.map(([k]) => k)).toEqual([]);
  });

  it('indexes every row by id', () => {
    expect(timeLimitsById.size).toBe(rows.length);
    for (const [, r] of rows) expect(timeLimitsById.get(r.id)).toBe(r);
  });
});

describe('rules table matches procedure-rules.md §1, row by row', () => {
  // key → amount, unit, article (number as written in the law) — transcribed from §1.
  const expected: [string, number, PeriodUnit, string][] = [
    ['applicationPeriod', 60, 'calendarDays', '《行政复议法》第二十条'],
    ['noRightsNoticeCap', 1, 'years', '《行政复议法》第二十条'],
    ['absoluteCapRealProperty', 20, 'years', '《行政复议法》第二十一条'],
    ['absoluteCapOther', 5, 'years', '《行政复议法》第二十一条'],
    ['acceptanceReview', 5, 'workingDays', '《行政复议法》第三十条'],
    ['correctionNotice', 5, 'workingDays', '《行政复议法》第三十一条'],
    ['correctionResponse', 10, 'workingDays', '《行政复议法》第三十一条'],
    ['onTheSpotForward', 5, 'workingDays', '《行政复议法》第三十二条'],
    ['respondentCopyOrdinary', 7, 'workingDays', '《行政复议法》第四十八条'],
    ['respondentReplyOrdinary', 10, 'workingDays', '《行政复议法》第四十八条'],
    ['respondentCopySimplified', 3, 'workingDays', '《行政复议法》第五十四条'],
    ['respondentReplySimplified', 5, 'workingDays', '《行政复议法》第五十四条'],
    ['hearingNotice', 5, 'workingDays', '《行政复议法》第五十一条'],
    ['suspensionTermination', 60, 'calendarDays', '《行政复议法》第四十一条'],
    ['normativeDocumentDecide', 30, 'calendarDays', '《行政复议法》第五十六条'],
    ['normativeDocumentForward', 7, 'workingDays', '《行政复议法》第五十六条'],
    ['normativeDocumentNotifyDrafter', 3, 'workingDays', '《行政复议法》第五十八条'],
    ['normativeDocumentDrafterReply', 10, 'workingDays', '《行政复议法》第五十八条'],
    ['normativeDocumentForwardedAnswer', 60, 'calendarDays', '《行政复议法》第六十条'],
    ['decisionOrdinary', 60, 'calendarDays', '《行政复议法》第六十二条'],
    ['decisionExtension', 30, 'calendarDays', '《行政复议法》第六十二条'],
    ['decisionSimplified', 30, 'calendarDays', '《行政复议法》第六十二条'],
    ['opinionLetterReport', 60, 'calendarDays', '《行政复议法》第七十六条'],
    ['litigationAfterDecision', 15, 'calendarDays', '《行政诉讼法》第四十五条'],
  ];

  test.each(expected)('%s: %i %s, %s', (key, amount, unit, article) => {
    const r = (reconsiderationTimeLimits as Record<string, TimeLimitRule>)[key];
    expect(r).toBeDefined();
    expect(r).toMatchObject({ amount, unit, kind: 'statutory' });
    expect(r?.article.startsWith(article)).toBe(true);
  });

  it('has no statutory row that §1 does not list', () => {
    expect(statutory.map(([k]) => k).sort()).toEqual(expected.map(([k]) => k).sort());
  });

  it('separates the two courses of the procedure: ordinary rows in Art. 48, simplified in Art. 54', () => {
    expect(reconsiderationTimeLimits.respondentCopyOrdinary.labelZh).toContain('普通程序');
    expect(reconsiderationTimeLimits.respondentCopySimplified.labelZh).toContain('简易程序');
    expect(reconsiderationTimeLimits.decisionOrdinary.article).toBe('《行政复议法》第六十二条第一款');
    expect(reconsiderationTimeLimits.decisionSimplified.article).toBe('《行政复议法》第六十二条第二款');
  });

  it('has the simplified-procedure amount threshold of CNY 3,000 (Art. 53)', () => {
    expect(reconsiderationThresholds.simplifiedAmount).toMatchObject({
      id: 'rc.simplifiedAmount',
      amount: 3000,
      unitZh: '元',
    });
    expect(reconsiderationThresholds.simplifiedAmount.article).toMatch(/^《行政复议法》第五十三条/);
  });
});

describe('the procedure counts every deadline with a row of the table', () => {
  const specs = Object.entries(reconsiderationProcedure.deadlines) as [string, DeadlineSpec][];
  test.each(specs)('deadline %s points at existing rules', (_key, spec) => {
    const ruleKeys = typeof spec.rule === 'string' ? [spec.rule] : Object.values(spec.rule);
    for (const k of ruleKeys) {
      const r = (reconsiderationTimeLimits as Record<string, TimeLimitRule>)[k];
      expect(r).toBeDefined();
      expect(r?.kind).toBe('statutory');
    }
  });

  it('distinguishes the tracks where the law does (Arts. 48, 54, 62)', () => {
    const d = reconsiderationProcedure.deadlines;
    expect(d.decision.rule).toEqual({ ordinary: 'decisionOrdinary', simplified: 'decisionSimplified' });
    expect(d.respondentCopy.rule).toEqual({
      ordinary: 'respondentCopyOrdinary',
      simplified: 'respondentCopySimplified',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Guard: no time limit outside the rules table.
// ---------------------------------------------------------------------------------------------

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The product: the code behind the API and the workflow, and the portal people read. */
const scannedDirs = ['infra', 'functions', 'statemachines', 'shared', 'web'];
const scannedExtensions = /\.(?:ts|tsx|js|html)$/;
/**
 * The two places where numbers of days legitimately live: calendar arithmetic
 * (`shared/calendar/`) and each procedure's rules table (`shared/procedures/<id>/rules.ts`).
 */
const isExempt = (rel: string) =>
  rel.startsWith('shared/calendar/') || /^shared\/procedures\/[^/]+\/rules\.ts$/.test(rel);

interface StrayPattern {
  readonly name: string;
  readonly re: RegExp;
  /** Extra test on a match (e.g. on the number's value). */
  readonly keep?: (match: string) => boolean;
}

const ONE_DAY_SECONDS = 86_400;

/**
 * What a period written into code looks like, in Chinese or English, as text or as arithmetic.
 * Applied to source with its comments blanked out: comments may explain a rule in words, code
 * and the strings people read may not carry a number of days of their own.
 */
const strayPatterns: readonly StrayPattern[] = [
  {
    // 60日, 5个工作日, 10天, 3个月, 1周年 — but not dates such as 2月24日 and not 日期.
    name: 'Arabic number of days',
    re: /(?<![\d月.])\d+\s*(?:个)?(?:工作|自然)?(?:日(?!期)|天|个月|周年)/g,
  },
  {
    // 十五日, 五个工作日, 六十天, 一年, 二十年, 六个月 — but not 第一日, 最后一日, 同一日, 三月一日.
    name: 'Chinese number of days',
    re: /(?<![第后每当同月])[〇零一二两三四五六七八九十百]+\s*(?:个)?(?:工作|自然)?(?:日(?!期)|天|个月|年)/g,
  },
  {
    name: 'English number of days',
    re: /\b\d+\s*[- ]?\s*(?:calendar[- ]|working[- ]|business[- ])?(?:days?|weeks?|months?|years?)\b/gi,
  },
  { name: 'N × a day in ms or s', re: /\b\d+\s*\*\s*(?:24\s*\*\s*60\b|86_?400\b|86_?400_?000\b|DAY_MS\b)/g },
  { name: 'a day × N in ms or s', re: /\b(?:86_?400(?:_?000)?|DAY_MS)\s*\*\s*\d+/g },
  {
    name: 'a literal number of whole days in seconds or milliseconds',
    re: /\b\d[\d_]*\b/g,
    keep: (m) => {
      const n = Number(m.replaceAll('_', ''));
      return Number.isSafeInteger(n) && n >= 2 * ONE_DAY_SECONDS && n % ONE_DAY_SECONDS === 0;
    },
  },
  {
    name: 'date arithmetic with a literal amount',
    re: /\b(?:add(?:Calendar|Working)Days|addYears|subtractWorkingDays|addDaysIso|compute)\s*\([^()]*,\s*-?\d+\s*\)/g,
  },
  { name: 'Date#getDate arithmetic', re: /\bget(?:UTC)?Date\s*\(\s*\)\s*[+-]\s*\d+/g },
  { name: 'Duration.days(N)', re: /\bDuration\.days\s*\(\s*\d+\s*\)/g },
];

/**
 * Periods that are not time limits of a procedure, each with why — kept to exact text so a new
 * number next to them is still caught.
 */
const notProcedureLimits: readonly { file: string; text: string; why: string }[] = [
  {
    file: 'infra/stack.ts',
    text: 'Duration.days(3)',
    why: 'Cognito temporary-password validity: an account-security setting, not a legal period',
  },
  {
    file: 'infra/stack.ts',
    text: 'Duration.days(14)',
    why: 'how long SQS keeps a dead letter for an operator (the SQS maximum): operations, not a legal period',
  },
  {
    file: 'infra/files-bucket.ts',
    text: 'Duration.days(1)',
    why: 'the lifecycle rule removing uploads never attached to a case (S3 counts in whole days): storage housekeeping, not a legal period',
  },
  {
    file: 'infra/local/server.ts',
    text: '31536000',
    why: "HTTP caching of the portal's hashed assets (a year, in seconds, as Cache-Control says it): not a legal period",
  },
  {
    file: 'infra/portal-hosting.ts',
    text: '31536000',
    why: "HTTP caching of the portal's hashed assets on CloudFront (a year, in seconds): not a legal period",
  },
  {
    file: 'infra/portal-hosting.ts',
    text: 'Duration.days(730)',
    why: 'HSTS max-age of two years (the preload list asks for at least one): a transport-security setting',
  },
  {
    file: 'web/src/pages/admin/CalendarAdmin.tsx',
    text: '3日',
    why: 'a quoted example line of a State Council holiday notice ("1月1日至3日放假"), shown to the administrator as the format to paste',
  },
  {
    file: 'web/src/pages/admin/CalendarAdmin.tsx',
    text: '3天',
    why: 'the same quoted notice line ("共3天"): the length of a holiday in the example, not a legal period',
  },
  {
    file: 'web/src/pages/admin/notice-parser.ts',
    text: '一二三四五六日',
    why: 'the weekday names (周一…周日) a State Council notice writes after each date: not a period',
  },
];

/** Source text with every comment replaced by spaces (newlines kept, so line numbers hold). */
function blankComments(fileName: string, text: string): string {
  if (fileName.endsWith('.html')) return text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const chars = text.split('');
  const seen = new Set<number>();
  const blank = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      for (let i = r.pos; i < r.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
    }
  };
  const visit = (node: ts.Node) => {
    blank(ts.getLeadingCommentRanges(text, node.pos));
    blank(ts.getTrailingCommentRanges(text, node.pos));
    blank(ts.getTrailingCommentRanges(text, node.end));
    for (const child of node.getChildren(sf)) visit(child);
  };
  visit(sf);
  return chars.join('');
}

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly pattern: string;
  readonly source: string;
}

function findStrayLimits(file: string, text: string): Finding[] {
  const code = blankComments(file, text);
  const lines = text.split('\n');
  const findings: Finding[] = [];
  for (const p of strayPatterns) {
    for (const m of code.matchAll(p.re)) {
      if (p.keep && !p.keep(m[0])) continue;
      const line = code.slice(0, m.index).split('\n').length;
      findings.push({
        file,
        line,
        text: m[0].trim(),
        pattern: p.name,
        source: (lines[line - 1] ?? '').trim(),
      });
    }
  }
  return findings;
}

function productSourceFiles(): string[] {
  const out: string[] = [];
  for (const dir of scannedDirs) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !scannedExtensions.test(entry.name) || /\.(test|spec)\.ts$/.test(entry.name))
        continue;
      const rel = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
      // A local build of the portal (web/dist) is output, not source.
      if (isExempt(rel) || rel.startsWith('web/dist/')) continue;
      out.push(rel);
    }
  }
  return out.sort();
}

describe('the stray-limit detector', () => {
  const hits = (snippet: string) => findStrayLimits('sample.ts', snippet).map((f) => f.text);

  test.each([
    ["const m = '应当在十五日内提起诉讼';", '十五日'],
    ["const m = '五个工作日内补正';", '五个工作日'],
    ["const m = '自知道之日起一年内';", '一年'],
    ['const m = `即60日内`;', '60日'],
    ["const m = '5个工作日';", '5个工作日'],
    ["const m = '10天';", '10天'],
    ["const m = 'within 60 days';", '60 days'],
    ["const m = 'a 5-working-day period';", '5-working-day'],
    ['const due = calendar.addCalendarDays(start, 60);', 'addCalendarDays(start, 60)'],
    ['const due = addDaysIso(start, 15);', 'addDaysIso(start, 15)'],
    ['const ms = 60 * 24 * 60 * 60 * 1000;', '60 * 24 * 60'],
    ['const ms = 86_400_000 * 60;', '86_400_000 * 60'],
    ['const seconds = 5_184_000;', '5_184_000'],
    ['d.setDate(d.getDate() + 60);', 'getDate() + 60'],
    ['const t = Duration.days(60);', 'Duration.days(60)'],
  ])('flags %s', (snippet, text) => {
    expect(hits(snippet)).toContain(text);
  });

  test.each([
    "const d = '2026年2月24日';",
    "const m = '期间最后一日为';",
    "const m = '第一日不计入';",
    "const m = '请填写日期';",
    'export const TIMER_CAP_SECONDS = 24 * 60 * 60;',
    'const cacheMs = 30_000;',
    'const due = calendar.compute(rule.unit, start, rule.amount);',
    '// within 60 days of knowing the act (Art. 20)\nconst x = 1;',
    '/** 十五日内起诉 */\nconst y = 2;',
    "const url = 'https://example.org/a'; // 60 days",
  ])('does not flag %s', (snippet) => {
    expect(hits(snippet)).toEqual([]);
  });
});

describe('guard: no time limit is written outside the rules table', () => {
  const files = productSourceFiles();

  it('scans the product sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files).toContain('shared/domain/decide.ts');
    expect(files).toContain('shared/procedures/reconsideration/notices.ts');
    expect(files).toContain('infra/stack.ts');
    expect(files).toContain('web/src/pages/case/CasePage.tsx');
    expect(files).toContain('web/src/pages/admin/notice-parser.ts');
    expect(files.some(isExempt)).toBe(false);
  });

  it('finds no number of days in code or in text shown to people', () => {
    const findings = files.flatMap((f) => findStrayLimits(f, readFileSync(join(root, f), 'utf8')));
    const offenders = findings.filter(
      (x) => !notProcedureLimits.some((a) => a.file === x.file && a.text === x.text),
    );
    if (offenders.length > 0)
      console.error(
        `Time limits written outside the rules tables:\n${offenders
          .map((o) => `  ${o.file}:${o.line}  ${o.text}  [${o.pattern}]\n    ${o.source}`)
          .join('\n')}`,
      );
    expect(offenders.map((o) => `${o.file}:${o.line} ${o.text}`)).toEqual([]);
  });

  it('keeps its exemptions to things that really are there', () => {
    for (const a of notProcedureLimits) {
      const text = readFileSync(join(root, a.file), 'utf8');
      expect(findStrayLimits(a.file, text).map((f) => f.text)).toContain(a.text);
    }
  });
});
