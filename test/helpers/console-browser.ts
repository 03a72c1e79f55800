/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { SCREENSHOT_DIR, type BrowserEnv } from './browser';

/** Browser-test helpers for the staff console (/console/): an office monitor, not a phone. */

export interface ConsolePage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested (the key must never appear in one). */
  urls: string[];
  /** Console errors and page errors (CSP violations show up here). */
  problems: string[];
}

export async function openConsole(env: BrowserEnv): Promise<ConsolePage> {
  const context = await env.browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    // Not Shanghai on purpose: the console must show Asia/Shanghai times whatever the PC says.
    timezoneId: 'UTC',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const urls: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${env.baseUrl}/console/`);
  return { context, page, urls, problems };
}

export async function signIn(page: Page, key: string): Promise<void> {
  await page.getByLabel('密钥').fill(key);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '退出' }).waitFor();
}

/** The signed-in key as the console keeps it (sessionStorage), or null. */
export async function storedKey(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const raw = sessionStorage.getItem('console.session');
    return raw ? (JSON.parse(raw) as { key: string }).key : null;
  });
}

/** Pixels of the given colour in the chart canvas inside `selector` (the shaded flag window is opaque). */
export async function canvasPixels(
  page: Page,
  selector: string,
  rgb: [number, number, number],
): Promise<{ matching: number; total: number; minX: number; maxX: number; width: number }> {
  return page.locator(`${selector} canvas`).first().evaluate((el, [r, g, b]) => {
    const canvas = el as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let matching = 0;
    let minX = Infinity;
    let maxX = -Infinity;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) <= 2 && Math.abs(data[i + 1] - g) <= 2 && Math.abs(data[i + 2] - b) <= 2 && data[i + 3] === 255) {
        matching++;
        const x = (i / 4) % canvas.width;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
      }
    }
    return { matching, total: data.length / 4, minX, maxX, width: canvas.width };
  }, rgb);
}

export async function fullScreenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The top of the page (what a reader of the README needs to see), among the artifacts; with
 * README_SCREENSHOTS=1 into docs/screenshots instead, so a plain test run leaves the tree clean.
 */
export async function readmeScreenshot(page: Page, name: string, height = 1500): Promise<string> {
  const path = process.env.README_SCREENSHOTS === '1' ? resolve(__dirname, '../../docs/screenshots', name) : join(SCREENSHOT_DIR, `readme-${name}`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: page.viewportSize()!.width, height } });
  return path;
}

/** Retries an assertion for a few seconds: the page updates after its own requests. */
export async function eventually(check: () => Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (performance.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
