import { describe, expect, it } from '@jest/globals';
import * as z from 'zod';
import { localRoutes } from '../../infra/local/server';
import { routeGroups } from '../../infra/routes';
import { registeredProcedures } from '../../shared/domain/registry';
import type { RequestSchemas } from '../../shared/http/api';
import { zodRefusal } from '../../shared/http/problem';
import { zhIssueMessage } from '../../shared/validation/zod-zh';
import { englishWords } from '../support/english';

/**
 * No English reaches a person: every zod issue kind has a Chinese message, and every request
 * schema the API applies (collected from the route modules, the local server's routes and the
 * procedure registry, so a new one is covered without editing this test) answers wrong types,
 * missing values, oversized values and extra keys in Chinese.
 */

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

describe('the Chinese error map', () => {
  // One schema per issue kind of zod 4, each left to the global error map (no message of its own).
  const kinds: [string, z.ZodType, unknown][] = [
    ['invalid_type', z.string(), 5],
    ['invalid_type (missing)', z.object({ a: z.string() }), {}],
    ['invalid_type (int)', z.int(), 1.5],
    ['too_small (string)', z.string().min(3), 'ab'],
    ['too_small (empty string)', z.string().min(1), ''],
    ['too_small (array)', z.array(z.number()).min(2), [1]],
    ['too_small (number)', z.number().gt(5), 5],
    ['too_big (string)', z.string().max(2), 'abc'],
    ['too_big (array)', z.array(z.number()).length(1), [1, 2]],
    ['too_big (number)', z.number().max(5), 6],
    ['too_big (date)', z.date().max(new Date('2020-01-01')), new Date('2021-01-01')],
    ['invalid_format (email)', z.email(), 'x'],
    ['invalid_format (regex)', z.string().regex(/^\d+$/), 'x'],
    ['invalid_format (starts_with)', z.string().startsWith('甲'), '乙'],
    ['invalid_format (uuid)', z.uuid(), '123'],
    ['invalid_format (iso datetime)', z.iso.datetime(), '123'],
    ['not_multiple_of', z.number().multipleOf(5), 7],
    ['unrecognized_keys', z.strictObject({}), { x: 1 }],
    ['invalid_union', z.union([z.string(), z.number()]), true],
    [
      'invalid_union (discriminator)',
      z.discriminatedUnion('t', [z.object({ t: z.literal('a') })]),
      { t: 'b' },
    ],
    ['invalid_key', z.record(z.enum(['a']), z.number()), { b: 1 }],
    ['invalid_element', z.set(z.number()), new Set(['x'])],
    ['invalid_value (literal)', z.literal(true), false],
    ['invalid_value (enum)', z.enum(['a', 'b']), 'c'],
    ['custom', z.string().refine(() => false), 'x'],
  ];

  it.each(kinds)('%s is said in Chinese', (_kind, schema, input) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    for (const issue of result.error?.issues ?? []) {
      expect(hasHan(issue.message)).toBe(true);
      // Enum and literal values may be quoted ('a', 'b'): they are the schema's own words.
      expect(englishWords(issue.message, ['a', 'b', 'x'])).toEqual([]);
    }
  });

  it('covers every issue code zod declares, and never repeats what the caller sent', () => {
    const codes = [
      'invalid_type',
      'too_big',
      'too_small',
      'invalid_format',
      'not_multiple_of',
      'unrecognized_keys',
      'invalid_union',
      'invalid_key',
      'invalid_element',
      'invalid_value',
      'custom',
    ] as const;
    for (const code of codes) {
      const message = zhIssueMessage({
        code,
        input: 'secretinput',
        path: [],
        keys: ['secretkey'],
        values: ['v'],
        errors: [],
        issues: [],
        origin: 'string',
        format: 'email',
        expected: 'string',
        minimum: 1,
        maximum: 1,
        divisor: 2,
      } as never);
      expect({ code, han: hasHan(message), echoes: /secret/.test(message) }).toEqual({
        code,
        han: true,
        echoes: false,
      });
    }
  });
});

// ---------------------------------------------------------------------------------- every schema

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  discriminator?: string;
  in?: z.core.$ZodType;
  values?: unknown[];
  entries?: Record<string, unknown>;
};
const defOf = (schema: z.core.$ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** The words of the API a message may quote: field names, enum and literal values. */
function vocabulary(schema: z.core.$ZodType, into = new Set<string>()): Set<string> {
  const def = defOf(schema);
  for (const [key, sub] of Object.entries(def.shape ?? {})) {
    into.add(key);
    vocabulary(sub, into);
  }
  for (const v of [...(def.values ?? []), ...Object.values(def.entries ?? {})])
    if (typeof v === 'string') into.add(v);
  if (def.discriminator) into.add(def.discriminator);
  for (const sub of [def.innerType, def.element, def.in, ...(def.options ?? [])])
    if (sub) vocabulary(sub, into);
  return into;
}

/** Values that are wrong for nearly anything: wrong types, missing, junk text, oversized, odd numbers. */
const junk: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  '',
  ' \u200B ',
  '\u0000',
  '张\r\n三',
  '\uD800',
  '１２３',
  '字'.repeat(20_001),
  [],
  [1],
  {},
  { 甲: 1 },
];
const oversizedList = Array.from({ length: 10_001 }, () => ({}));

/**
 * Inputs that exercise a schema's refusals: junk in place of the whole value, and, inside an
 * object, junk in each field in turn (the other fields missing), an extra key, and for a list an
 * oversized list and junk elements. A discriminated union's options are reached through their
 * discriminator.
 */
function badInputs(schema: z.core.$ZodType, depth = 0): unknown[] {
  const def = defOf(schema);
  if (depth > 4) return junk;
  if (wrappers.has(def.type) && def.innerType) return badInputs(def.innerType, depth);
  if (def.type === 'pipe' && def.in) return badInputs(def.in, depth);
  if (def.type === 'object' && def.shape) {
    // An own __proto__ key, as JSON.parse makes it (an object literal would set the prototype).
    const out: unknown[] = [...junk, JSON.parse('{"extraKey":1,"额外":2,"__proto__":{"polluted":true}}')];
    for (const [key, sub] of Object.entries(def.shape))
      for (const value of badInputs(sub, depth + 1)) out.push({ [key]: value });
    return out;
  }
  if (def.type === 'union' && def.options) {
    const out: unknown[] = [...junk];
    for (const option of def.options) {
      const tag = def.discriminator
        ? (defOf(defOf(option).shape?.[def.discriminator] ?? option).values ?? [])[0]
        : undefined;
      for (const value of badInputs(option, depth + 1))
        out.push(
          def.discriminator && value && typeof value === 'object' && !Array.isArray(value)
            ? { [def.discriminator]: tag, ...value }
            : value,
        );
    }
    return out;
  }
  if (def.type === 'array' && def.element)
    return [...junk, oversizedList, ...badInputs(def.element, depth + 1).map((v) => [v])];
  return junk;
}

/** Every schema the API applies to a request, named by route and part. */
async function requestSchemas(): Promise<[string, z.core.$ZodType][]> {
  const out: [string, z.core.$ZodType][] = [];
  const add = (route: string, requests: RequestSchemas | undefined) => {
    if (!requests) throw new Error(`${route}: its module does not say what it reads (export \`requests\`)`);
    const [method] = route.split(' ');
    if (['POST', 'PUT', 'PATCH'].includes(method ?? '') && !requests.body?.().length)
      throw new Error(`${route} takes a body but names no body schema`);
    for (const [name, schema] of Object.entries(requests.path ?? {}))
      out.push([`${route} path ${name}`, schema]);
    for (const [name, schema] of Object.entries(requests.headers ?? {}))
      out.push([`${route} header ${name}`, schema]);
    if (requests.query) out.push([`${route} query`, requests.query()]);
    for (const [i, schema] of (requests.body?.() ?? []).entries()) out.push([`${route} body #${i}`, schema]);
  };
  for (const group of Object.values(routeGroups)) {
    const mod = (await import(`../../${group.entry}`)) as { requests?: Record<string, RequestSchemas> };
    for (const route of group.routes) add(route.key, mod.requests?.[route.key]);
  }
  for (const [key, route] of Object.entries(localRoutes)) add(key, route.requests);
  for (const p of registeredProcedures()) {
    out.push([`${p.id} filing`, p.filingSchema]);
    out.push([`${p.id} command`, p.commandSchema]);
  }
  return out;
}

describe('every request schema answers bad input in Chinese', () => {
  it('collects the schemas of every route, local route and procedure', async () => {
    const names = (await requestSchemas()).map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /v1/cases body #0',
        'POST /v1/cases body #1',
        'POST /v1/cases header idempotency-key',
        'POST /v1/cases/{id}/actions body #0',
        'PUT /v1/calendar/{year} body #0',
        'GET /v1/cases query',
        'POST /local/sign-in body #0',
        'POST /local/clock body #0',
        'reconsideration filing',
        'reconsideration command',
      ]),
    );
  });

  it('wrong types, missing, oversized values and extra keys: no English word in any message or detail', async () => {
    const failures: string[] = [];
    let refusals = 0;
    for (const [name, schema] of await requestSchemas()) {
      const allowed = vocabulary(schema);
      for (const input of badInputs(schema)) {
        const result = z.safeParse(schema, input);
        if (result.success) continue;
        refusals++;
        const refusal = zodRefusal(result.error);
        for (const text of [refusal.messageZh, ...(refusal.fields ?? []).map((f) => f.messageZh)]) {
          const english = englishWords(text, allowed);
          if (english.length || !hasHan(text)) failures.push(`${name}: ${text.slice(0, 200)}`);
        }
      }
    }
    expect(refusals).toBeGreaterThan(1000);
    expect([...new Set(failures)]).toEqual([]);
  });
});
