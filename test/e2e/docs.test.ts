import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Journey, startJourney } from '../support/browser';
import { beforeSpringFestival2026 } from '../support/local-system';

/**
 * /docs in Chromium against the whole local system: Swagger UI reads the document the API serves
 * (GET /v1/openapi.json, `servers` naming this API), lists every operation, and "Try it out" calls
 * the API — a public route, and a signed-in one with a demo user's token given to "Authorize".
 */
let j: Journey;
beforeAll(async () => {
  j = await startJourney('docs', beforeSpringFestival2026);
});
afterAll(async () => {
  await j?.stop();
});

/** Expands an operation, presses "Try it out" and "Execute", and returns the status it shows. */
async function tryOperation(summary: string): Promise<string> {
  const { page } = j;
  const operation = page
    .locator('.opblock')
    .filter({ has: page.locator('.opblock-summary-path', { hasText: summary }) });
  await operation.locator('.opblock-summary').first().click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  await operation.getByRole('button', { name: 'Execute' }).click();
  const status = operation.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor({ state: 'visible' });
  return (await status.textContent())?.trim() ?? '';
}

describe('the API reference page', () => {
  it('shows every operation of the served document under its Chinese title', async () => {
    const { page } = j;
    await page.goto(`${j.baseUrl}/docs`);
    await page.locator('.opblock').first().waitFor({ state: 'visible' });
    expect(await page.title()).toBe('接口文档 — 行政复议案件系统');
    const document = (await j.t.anonymous.get('/v1/openapi.json')).body as { paths: Record<string, object> };
    const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(await page.locator('.opblock').count()).toBe(operations);
    // The server is the API's own origin, as the browser reached it.
    await expect(page.locator('.servers select').inputValue()).resolves.toBe(j.baseUrl);
    expect(await j.checkPage('reference')).toEqual([]);
  });

  it('calls a public route with "Try it out"', async () => {
    expect(await tryOperation('/health')).toBe('200');
  });

  it('calls a signed-in route with a token given to "Authorize"', async () => {
    const { page } = j;
    const token = (await j.t.anonymous.post('/local/sign-in', { username: 'zhangsan' })).body.token as string;
    await page.locator('button.authorize').first().click();
    await page.locator('.modal-ux input').first().fill(token);
    await page.locator('.modal-ux button.authorize').click();
    await page.locator('.modal-ux button.btn-done').click();
    expect(await tryOperation('/v1/notifications')).toBe('200');
    expect(j.pageErrors).toEqual([]);
  });
});
