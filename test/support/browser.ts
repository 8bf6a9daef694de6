import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { startTestSystem, type TestSystem } from './local-system';

/**
 * A portal journey in Debian's Chromium against the whole local system: one system and one
 * browser per test file. Every page state a journey reaches is checked with axe (no serious or
 * critical violation) and photographed at 1366×900 and 390×844 under test-results/screenshots.
 */

export const tid = (id: string) => `[data-testid="${id}"]`;

export const viewports = {
  desktop: { width: 1366, height: 900 },
  mobile: { width: 390, height: 844 },
} as const;

const screenshotsRoot = join(process.cwd(), 'test-results', 'screenshots');

function chromiumPath(): string {
  return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

export interface Journey {
  readonly t: TestSystem;
  readonly page: Page;
  readonly context: BrowserContext;
  /** The portal's address (127.0.0.1: the server listens on IPv4 only). */
  readonly baseUrl: string;
  /** Console errors and uncaught exceptions seen so far (a journey ends by expecting none). */
  readonly pageErrors: string[];
  /** axe on the current page state, then screenshots at both sizes; returns the violations found. */
  checkPage(name: string): Promise<readonly AxeViolation[]>;
  signInAs(username: string): Promise<void>;
  stop(): Promise<void>;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Starts a local system (serving the run's portal build) and a browser for one journey. */
export async function startJourney(journey: string, startAt: Date): Promise<Journey> {
  if (!process.env.PORTAL_DIR)
    throw new Error('PORTAL_DIR is not set: the jest global setup builds the portal');
  const t = await startTestSystem(startAt);
  const baseUrl = t.system.url.replace('localhost', '127.0.0.1');
  const profileDir = mkdtempSync(join(tmpdir(), 'ajc-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: viewports.desktop,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Each wait is a hang guard, not a speed limit: Chromium on a busy 2-core machine is slow.
  page.setDefaultTimeout(120_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  page.on('console', (msg) => {
    // 4xx answers are part of a journey (validation, conflict); anything else logged as an error is not.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
      pageErrors.push(msg.text());
  });
  const dir = join(screenshotsRoot, journey);
  mkdirSync(dir, { recursive: true });

  return {
    t,
    page,
    context,
    baseUrl,
    pageErrors,
    async checkPage(name) {
      // Let the kit's animations finish so axe and the screenshot see the settled page.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const violations = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
        }));
      for (const [size, viewport] of Object.entries(viewports)) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(200);
        await page.screenshot({ path: join(dir, `${name}-${size}.png`), fullPage: true });
      }
      await page.setViewportSize(viewports.desktop);
      return violations;
    },
    async signInAs(username) {
      await page.goto(baseUrl);
      // Signed in already (a journey switching people) or not: wait for the page to say which.
      const signOut = page.locator(tid('sign-out'));
      const signIn = page.locator(tid(`sign-in-${username}`));
      await signOut.or(signIn).first().waitFor();
      if (await signOut.isVisible()) await signOut.click();
      await signIn.click();
      await page.locator(tid('session-user')).waitFor({ state: 'visible' });
    },
    async stop() {
      await context.close();
      await t.system.stop();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
