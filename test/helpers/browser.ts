import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestContext, bearer, type TestContext, type TestOptions } from './test-app';
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../../src/dev/fake-wechat';

/**
 * Browser tests: the real service (buildApp on a real port, its own PostgreSQL database and Redis
 * prefix, the fixed test clock), the fake WeChat, and Debian's Chromium driven by playwright-core
 * with a phone's viewport and WeChat's user agent.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve(__dirname, '../../artifacts/screenshots');
/** WeChat's built-in browser on Android, as a phone sends it. */
export const WECHAT_ANDROID_UA =
  'Mozilla/5.0 (Linux; Android 10; V1990A Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/86.0.4240.99 XWEB/4317 MMWEBSDK/20220903 Mobile Safari/537.36 MMWEBID/3236 MicroMessenger/8.0.28.2240(0x28001C57) WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64';

export interface BrowserEnv {
  ctx: TestContext;
  fake: FakeWechat;
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  browser: Browser;
  /** A fresh phone (its own sessionStorage and cookies); WeChat's browser unless another user agent is given. */
  newPhone(opts?: { userAgent?: string }): Promise<{ context: BrowserContext; page: Page }>;
  /** Saves artifacts/screenshots/<name>.png. */
  screenshot(page: Page, name: string): Promise<string>;
  adminKey(): Promise<string>;
  close(): Promise<void>;
}

export async function startBrowserEnv(opts: TestOptions = {}): Promise<BrowserEnv> {
  const fake = await startFakeWechat();
  const ctx = await createTestContext({
    ...opts,
    env: {
      WECHAT_APPID: FAKE_APPID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_API_BASE: fake.baseUrl,
      WECHAT_OAUTH_AUTHORIZE_URL: fake.authorizeUrl,
      ...opts.env,
    },
  });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
  const contexts: BrowserContext[] = [];
  let admin: string | null = null;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return {
    ctx,
    fake,
    baseUrl,
    browser,
    async newPhone(opts = {}) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        userAgent: opts.userAgent ?? WECHAT_ANDROID_UA,
        locale: 'zh-CN',
        // Not Shanghai on purpose: the page must show Asia/Shanghai times whatever the phone says.
        timezoneId: 'UTC',
      });
      contexts.push(context);
      return { context, page: await context.newPage() };
    },
    async screenshot(page, name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async adminKey() {
      admin ??= await ctx.staffKey('admin');
      return admin;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await ctx.close();
      await fake.close();
    },
  };
}

export interface CandidateInput {
  name: string;
  city: string;
  county?: string;
  summary?: string;
}

/** Creates and publishes a ballot through the admin API, as the provincial office would. */
export async function publishBallot(
  env: BrowserEnv,
  opts: { title?: string; maxChoices?: number; seats?: number; opensAt: string; durationDays?: number; showLiveCounts?: boolean; candidates: CandidateInput[] },
): Promise<{ id: string; candidates: { id: string; name: string }[] }> {
  const headers = bearer(await env.adminKey());
  const maxChoices = opts.maxChoices ?? 1;
  const created = await env.ctx.app.inject({
    method: 'POST',
    url: '/v1/ballots',
    headers,
    payload: {
      title: opts.title ?? '2026年度县级优秀干部评选',
      category: 'county',
      year: 2026,
      seats: opts.seats ?? Math.max(maxChoices, 1),
      maxChoices,
      opensAt: opts.opensAt,
      durationDays: opts.durationDays ?? 7,
      showLiveCounts: opts.showLiveCounts ?? true,
    },
  });
  if (created.statusCode !== 201) throw new Error(`create ballot: ${created.statusCode} ${created.body}`);
  const id = created.json<{ id: string }>().id;
  const added = await env.ctx.app.inject({ method: 'POST', url: `/v1/ballots/${id}/candidates`, headers, payload: { candidates: opts.candidates } });
  if (added.statusCode !== 201) throw new Error(`add candidates: ${added.statusCode} ${added.body}`);
  const published = await env.ctx.app.inject({ method: 'POST', url: `/v1/ballots/${id}/publish`, headers });
  if (published.statusCode !== 200) throw new Error(`publish: ${published.statusCode} ${published.body}`);
  return { id, candidates: added.json<{ candidates: { id: string; name: string }[] }>().candidates };
}
