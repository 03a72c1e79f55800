/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { bearer } from '../helpers/test-app';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser';
import type { Page } from 'playwright-core';
import { eventually, fullScreenshot, openConsole, signIn, storedKey, type ConsolePage } from '../helpers/console-browser';

/**
 * The provincial office in the console, as issue 17 lists it: sign in, create a ballot, import 60
 * candidates from a pasted block, publish, see the live view after votes arrive, download the CSV,
 * finalize after the window (test clock) and see the digest.
 */

const OPENS_AT_LOCAL = '2026-06-01T08:00'; // Asia/Shanghai, as typed into the form
const OPENS_AT = Date.parse('2026-06-01T00:00:00.000Z');
const TITLE = '2026年度全省示范乡镇网络投票';

describe('staff console: the provincial office runs a ballot', () => {
  let env: BrowserEnv;
  let c: ConsolePage;
  let adminKey: string;
  let ballotId: string;

  beforeAll(async () => {
    env = await startBrowserEnv({ now: '2026-05-31T02:00:00.000Z', env: { RATE_LIMIT_ENABLED: 'false' } });
    adminKey = await env.ctx.staffKey('admin', 'office-zhang');
    c = await openConsole(env);
    await c.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.baseUrl });
  }, 120_000);
  afterAll(() => env?.close());

  it('signs in with the pasted key; the key stays in sessionStorage, out of every URL', async () => {
    await signIn(c.page, adminKey);
    await c.page.getByRole('heading', { name: '投票列表' }).waitFor();
    expect(await c.page.getByText('省评选办（管理员）').isVisible()).toBe(true);
    expect(await storedKey(c.page)).toBe(adminKey);
    expect(c.urls.some((u) => u.includes(adminKey))).toBe(false);
  });

  it('creates a ballot; a bad value is explained next to its field', async () => {
    const { page } = c;
    await page.getByText('新建投票').click();
    await page.getByLabel('标题').fill(TITLE);
    await page.getByLabel('类别').selectOption('township');
    await page.getByLabel('年度').fill('2026');
    await page.getByLabel('名额（入选数）').fill('50');
    await page.getByLabel('每票最多可选').fill('60');
    await page.getByLabel('开始时间（北京时间）').fill(OPENS_AT_LOCAL);
    await page.getByLabel('投票天数').fill('7');
    await page.getByRole('button', { name: '创建投票' }).click();
    const maxChoices = page.getByLabel('每票最多可选');
    await expectText(page, '每票最多可选不能超过名额数。');
    await fullScreenshot(page, 'console-create-ballot');
    expect(await maxChoices.getAttribute('aria-invalid')).toBe('true');
    // The message is the field's own description, so a screen reader reads it with the field.
    const describedBy = (await maxChoices.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.locator(`[id="${describedBy[describedBy.length - 1]}"]`).textContent()).toBe('每票最多可选不能超过名额数。');

    await maxChoices.fill('1');
    await page.getByRole('button', { name: '创建投票' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    ballotId = /#\/ballots\/([0-9a-f-]{36})/.exec(page.url())![1];
    const ballot = (await env.ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballotId}`, headers: bearer(adminKey) })).json();
    expect(ballot).toMatchObject({ title: TITLE, category: 'township', year: 2026, seats: 50, maxChoices: 1, durationDays: 7, status: 'draft' });
    expect(Date.parse(ballot.opensAt)).toBe(OPENS_AT);
  });

  it('publishing with too few candidates is explained in words (NOT_DIFFERENTIAL)', async () => {
    await c.page.getByRole('button', { name: '发布投票' }).click();
    await expectText(c.page, '不能发布：差额投票要求候选人数多于名额数。');
  });

  it('imports 60 candidates from a pasted block after a preview, adds one by hand and deletes it', async () => {
    const { page } = c;
    const rows = Array.from({ length: 60 }, (_, i) => `候选镇${String(i + 1).padStart(2, '0')}\t${['南昌市', '赣州市', '吉安市'][i % 3]}\t"简介，第${i + 1}名"`);
    await page.getByLabel('粘贴候选人').fill(['名称\t城市\t简介', ...rows].join('\n'));
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByRole('heading', { name: '预览：60 名候选人' }).waitFor();
    expect(await page.getByRole('cell', { name: '简介，第7名' }).count()).toBe(1);
    await fullScreenshot(page, 'console-import-preview');
    await page.getByRole('button', { name: '导入 60 名候选人' }).click();
    await expectText(page, '共 60 名候选人，名额 50');

    await page.getByText('逐个添加候选人').click();
    await page.getByLabel('名称', { exact: true }).fill('<b>临时</b>镇');
    await page.getByLabel('所属设区市', { exact: true }).fill('九江市');
    await page.getByRole('button', { name: '添加候选人' }).click();
    await expectText(page, '共 61 名候选人，名额 50');
    // A name that looks like HTML stays text.
    expect(await page.getByRole('cell', { name: '<b>临时</b>镇', exact: true }).count()).toBe(1);
    expect(await page.locator('main b').count()).toBe(0);
    await page.getByRole('button', { name: '删除 <b>临时</b>镇' }).click();
    await expectText(page, '共 60 名候选人，名额 50');

    // A CSV file saved from Excel (UTF-8 with BOM, CRLF, quoted fields) reads the same way.
    const csv = '\uFEFF名称,城市,简介\r\n"上饶镇甲","上饶市","一句简介，含逗号"\r\n抚州镇乙,抚州市,\r\n';
    await page.getByLabel('或上传 CSV 文件').setInputFiles({ name: '候选人.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('heading', { name: '预览：2 名候选人' }).waitFor();
    expect(await page.getByRole('cell', { name: '一句简介，含逗号', exact: true }).count()).toBe(1);

    const { rows: stored } = await env.ctx.pool.query('SELECT name, city, summary FROM candidates WHERE ballot_id = $1 ORDER BY position', [ballotId]);
    expect(stored).toHaveLength(60);
    expect(stored[6]).toEqual({ name: '候选镇07', city: '南昌市', summary: '简介，第7名' });
  });

  it('publishes, and the live view shows the votes as they arrive', async () => {
    const { page } = c;
    await page.getByRole('button', { name: '发布投票' }).click();
    await page.getByRole('link', { name: '实时情况', exact: true }).waitFor();
    await expectText(page, '已发布，未开始');

    // Votes over three hours of the first day, cast through the voting API.
    const { candidates } = (await env.ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballotId}`, headers: bearer(adminKey) })).json();
    const counts = new Map<string, number>();
    for (let i = 0; i < 45; i++) {
      env.ctx.clock.set(new Date(OPENS_AT + 60_000 + i * 4 * 60_000));
      const choice = candidates[i % 3 === 0 ? 0 : i % 5].id;
      counts.set(choice, (counts.get(choice) ?? 0) + 1);
      const res = await env.ctx.app.inject({
        method: 'POST',
        url: `/v1/ballots/${ballotId}/votes`,
        headers: bearer(env.ctx.voterToken(`o_office_${i}`)),
        payload: { candidateIds: [choice] },
      });
      expect(res.statusCode).toBe(201);
    }
    await expectText(page, '已发布，未开始');
    const stat = page.locator('.stat', { hasText: '已投选票' });
    // Totals are cached for about a second server-side: press 刷新 as a person would until they show.
    await eventually(async () => {
      await page.getByRole('button', { name: '刷新' }).click();
      await page.getByText('投票进行中').waitFor();
      expect(await stat.locator('.stat-value').textContent()).toBe('45');
    }, 8000);
    expect(await page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(2);
    // 候选镇01 leads (every third vote and every fifth); the next ones score relative to it.
    const lead = counts.get(candidates[0].id)!;
    const rows = page.locator('table.scores tbody tr');
    expect(await rows.first().locator('td').allTextContents()).toEqual(['1', '候选镇01', '南昌市', String(lead), '—', '20.00']);
    const second = await rows.nth(1).locator('td').allTextContents();
    expect(second[0]).toBe('2');
    expect(second[5]).toBe(((20 * Number(second[3])) / lead).toFixed(2));
    expect(await rows.count()).toBe(60);
    await fullScreenshot(page, 'console-live');
  });

  it('downloads the scores CSV the evaluation system reads', async () => {
    const { page } = c;
    await page.getByRole('link', { name: '得分', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFrank,candidate_id,name,city,votes,flagged,vote_score')).toBe(true);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(61);
    expect(download.suggestedFilename()).toMatch(/^scores-.*-provisional\.csv$/);
  });

  it('finalizes after the window with an explicit confirmation, and shows the digest with how to verify it', async () => {
    const { page } = c;
    env.ctx.clock.set(new Date(OPENS_AT + 7 * 86_400_000 + 60_000));
    await page.reload();
    await page.getByRole('heading', { name: '定稿', exact: true }).waitFor();
    await expectText(page, '冻结每名候选人的票数、刷票标记、得分和排名');
    const go = page.getByRole('button', { name: '定稿并发布摘要' });
    expect(await go.isDisabled()).toBe(true);
    await page.getByLabel('我已了解').check();
    await go.click();

    const digest = page.locator('#digest');
    await digest.waitFor();
    const shown = await digest.textContent();
    expect(shown).toMatch(/^sha256:[0-9a-f]{64}$/);
    await page.getByRole('button', { name: '复制摘要' }).click();
    await expectText(page, '已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    const api = (await env.ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballotId}/scores`, headers: bearer(adminKey) })).json();
    expect(api).toMatchObject({ status: 'final', digest: shown });
    await expectText(page, 'npm run cli -- verify --ledger ledger.ndjson --scores final.json');
    await expectText(page, '最终得分 · 生成于');
    await fullScreenshot(page, 'console-scores');
    // The one failed request was the refused publish (422, explained on the page); nothing else.
    expect(c.problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
  });
});

async function expectText(page: Page, text: string): Promise<void> {
  await page.getByText(text).first().waitFor({ timeout: 10_000 });
}
