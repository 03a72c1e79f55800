import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser';
import { canvasPixels, eventually, fullScreenshot, openConsole, readmeScreenshot, signIn, type ConsolePage } from '../helpers/console-browser';
import { botBurst, insertVotes, organicVotes, seedBallot, type SeededBallot } from '../integration/flags-fixtures';

/**
 * An auditor in the console, as issue 17 lists it: a seeded scripted burst raises a flag (detect
 * now, from the console); the flag page shows the chart with the shaded window and the evidence
 * rows; dismiss with a note; the score table shows the candidate restored; the audit log shows
 * both entries and verifies (and a broken chain is shown loudly).
 */

const OPENS_AT = '2026-06-01T00:00:00.000Z'; // 08:00 Asia/Shanghai
const BURST_AT = '2026-06-01T04:00:00.000Z'; // 12:00 Asia/Shanghai
const SHADE: [number, number, number] = [0xfd, 0xe2, 0xb3]; // charts' WINDOW_SHADE
const NOTE = '<b>县委组织</b>的动员，已电话核实：同一单位的公共 WiFi，并非刷票。';

describe('staff console: an auditor judges a flag', () => {
  let env: BrowserEnv;
  let c: ConsolePage;
  let b: SeededBallot;
  let auditorKey: string;
  let target: { id: string; name: string };
  let totalVotes: number;

  beforeAll(async () => {
    env = await startBrowserEnv({ now: '2026-06-01T06:30:30.000Z' });
    auditorKey = await env.ctx.staffKey('auditor', 'auditor-li');
    b = await seedBallot(env.ctx.pool, { opensAt: OPENS_AT, candidates: 5 });
    target = b.candidates[1];
    const votes = [...organicVotes(b.candidates, new Date(OPENS_AT), 6 * 60, 1, 5), ...botBurst(target.id, new Date(BURST_AT), 400)];
    totalVotes = votes.length;
    await insertVotes(env.ctx.pool, b.ballot.id, votes);
    c = await openConsole(env);
    await signIn(c.page, auditorKey);
  }, 120_000);
  afterAll(() => env?.close());

  it('runs detection from the ballot page, and the burst is listed as a flag', async () => {
    const { page } = c;
    await page.getByRole('link', { name: b.ballot.title }).click();
    await page.getByRole('link', { name: '刷票疑点', exact: true }).click();
    await expectText(page, '没有符合条件的疑点。');
    await page.getByRole('button', { name: '立即检测' }).click();
    await expectText(page, '检测完成：新发现');
    const row = page.locator('tbody tr', { hasText: target.name });
    await row.waitFor();
    expect(await row.locator('td').nth(6).textContent()).toBe('待审核');

    // The live view marks the flagged candidate: score 0 while the flag is active.
    await page.getByRole('link', { name: '实时情况', exact: true }).click();
    const scored = page.locator('table.scores tbody tr', { hasText: target.name });
    await eventually(async () => {
      await page.getByRole('button', { name: '刷新' }).click();
      await page.locator('.chart canvas').first().waitFor();
      expect(await scored.locator('td').nth(4).textContent()).toBe('⚠ 已标记（得分计 0）');
    }, 5000);
    expect(await scored.locator('td').nth(5).textContent()).toBe('0.00');
    await expectText(page, `有 1 名候选人因刷票疑点被标记，其网络投票得分暂按 0 分计：${target.name}`);

    await page.getByRole('link', { name: '刷票疑点', exact: true }).click();
    await page.locator('tbody tr', { hasText: target.name }).getByRole('link', { name: /查看疑点/ }).click();
    await page.getByRole('heading', { name: `疑点：${target.name}` }).waitFor();
  });

  it("the flag page charts the minutes around the window with the window shaded and the detector's expected level", async () => {
    const { page } = c;
    const flag = (await env.ctx.pool.query('SELECT window_start, window_end FROM flags WHERE candidate_id = $1', [target.id])).rows[0];
    const box = page.locator('.chart-figure .chart');
    expect(await box.getAttribute('data-window-start')).toBe(flag.window_start.toISOString());
    expect(await box.getAttribute('aria-label')).toContain('阴影为疑点时段 2026-06-01 12:00');
    // The shaded window is drawn, as one band as wide as the window on the time axis: the axis
    // runs from 3 h before the window to the last completed minute (06:30 UTC).
    const windowMin = (flag.window_end.getTime() - flag.window_start.getTime()) / 60_000;
    const axisMin = (Date.parse('2026-06-01T06:30:00.000Z') - (flag.window_start.getTime() - 3 * 3_600_000)) / 60_000;
    await eventually(async () => {
      const px = await canvasPixels(page, '.chart-figure', SHADE);
      expect(px.matching).toBeGreaterThan(500);
      const share = (px.maxX - px.minX + 1) / px.width;
      // The plot area is most of the canvas's width (the axes' labels take the rest).
      expect(share).toBeGreaterThan(0.75 * (windowMin / axisMin));
      expect(share).toBeLessThan(1.05 * (windowMin / axisMin));
    });
    // The numbers behind the chart: the burst's minutes against the expected level.
    await page.getByText('以表格查看图中的数字').click();
    const inWindow = page.locator('details tbody tr', { hasText: '是' });
    expect(await inWindow.count()).toBeGreaterThanOrEqual(10);
    const [, votes, expected] = await inWindow.first().locator('td').allTextContents();
    expect(Number(votes)).toBeGreaterThan(10 * Number(expected));
    await page.getByText('以表格查看图中的数字').click();
  });

  it('shows the evidence as rows, the top sources and sample votes', async () => {
    const { page } = c;
    const evidence = page.locator('table.evidence');
    const nonWeChat = evidence.locator('tbody tr', { hasText: '非微信客户端' });
    expect(await nonWeChat.locator('td').nth(6).textContent()).toBe('触发');
    expect(await nonWeChat.locator('td').nth(3).textContent()).toMatch(/^9\d\.\d%$/);
    expect(await evidence.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByRole('cell', { name: '203.0.113.0/24' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'python-requests/2.31.0' }).first().isVisible()).toBe(true);
    await expectText(page, '检测证据中列出的选票：');
    await fullScreenshot(page, 'console-flag');
    await readmeScreenshot(page, 'console-flag.png');

    // A narrower span: the same window now fills a larger part of the axis.
    const before = await canvasPixels(page, '.chart-figure', SHADE);
    await page.getByLabel('图表范围').selectOption('1');
    await expectText(page, '前后各约 1 小时');
    await eventually(async () => {
      const after = await canvasPixels(page, '.chart-figure', SHADE);
      expect(after.maxX - after.minX).toBeGreaterThan(2 * (before.maxX - before.minX));
    });
  });

  it('dismisses with a note; the note stays text and enters the review history', async () => {
    const { page } = c;
    await page.getByRole('button', { name: '驳回' }).click();
    await expectText(page, '说明至少 10 个字。');
    await page.getByLabel('说明').fill(NOTE);
    await page.getByRole('button', { name: '驳回' }).click();
    await page.locator('.flag-status', { hasText: '已驳回' }).first().waitFor();
    expect(await page.locator('.history blockquote').textContent()).toBe(NOTE);
    expect(await page.locator('main b').count()).toBe(0);
  });

  it('the score table shows the candidate restored', async () => {
    const { page } = c;
    await page.getByRole('link', { name: /刷票疑点/ }).first().click();
    await page.getByRole('link', { name: '得分', exact: true }).click();
    // Immediately: the review invalidates the provisional scores, no waiting for a cache to expire.
    const row = page.locator('table.scores tbody tr', { hasText: target.name });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(['1', target.name, '南昌市', expect.any(String), '—', '20.00']);
    // An auditor cannot finalize: no control for it.
    expect(await page.getByRole('button', { name: /定稿/ }).count()).toBe(0);
  });

  it('downloads the ledger', async () => {
    const { page } = c;
    await page.getByRole('link', { name: '刷票疑点', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载投票台账' }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(totalVotes);
    expect(JSON.parse(lines[0])).toMatchObject({ candidateIds: expect.any(Array), ip: expect.any(String) });
  });

  it('the audit log shows the flag raised and dismissed, and verifies', async () => {
    const { page } = c;
    await page.getByRole('link', { name: '审计日志' }).first().click();
    await expectText(page, '审计日志哈希链完整');
    const raised = page.locator('tbody tr', { hasText: '提出疑点' });
    const reviewed = page.locator('tbody tr', { hasText: '审核疑点' });
    expect(await raised.count()).toBe(1);
    expect(await reviewed.count()).toBe(1);
    expect(await reviewed.textContent()).toContain('auditor:auditor-li');
    expect(await reviewed.textContent()).toContain('dismiss');
  });

  it('a broken chain is shown loudly', async () => {
    const { page } = c;
    // Tamper with the test's own database the way an insider with SQL access would.
    await env.ctx.pool.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    await env.ctx.pool.query(`UPDATE audit_log SET actor = 'auditor:someone-else' WHERE action = 'flag.reviewed'`);
    await env.ctx.pool.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/审计日志哈希链已损坏：从第 \d+ 条起哈希不符/);
    // The tampered entry and those after it are marked in the table.
    expect(await page.locator('tbody tr', { hasText: '审核疑点' }).locator('.bad-seq').count()).toBe(1);
    expect(await page.locator('tbody tr', { hasText: '提出疑点' }).locator('.bad-seq').count()).toBe(0);
    await fullScreenshot(page, 'console-audit-broken');
    expect(c.problems).toEqual([]);
  });

  it('raises a manual flag with a reason; its page says it has no window and no detector signals', async () => {
    const { page } = c;
    const other = b.candidates[3];
    await page.getByRole('link', { name: '投票列表' }).click();
    await page.getByRole('link', { name: b.ballot.title }).click();
    await page.getByRole('link', { name: '刷票疑点', exact: true }).click();
    await page.getByText('人工标记疑点').click();
    await page.getByLabel('候选人').selectOption(other.id);
    await page.getByLabel('标记理由').fill('群众举报：该镇干部在工作群中要求下属每天定时投票。');
    await page.getByRole('button', { name: '提交标记' }).click();
    await page.getByRole('link', { name: '查看该疑点' }).click();
    await page.getByRole('heading', { name: `疑点：${other.name}` }).waitFor();
    await expectText(page, '人工标记没有自动检测的信号');
    expect(await page.locator('.facts').textContent()).toContain('未指定');
    const { rows } = await env.ctx.pool.query(`SELECT rule, status, evidence->>'reason' AS reason FROM flags WHERE candidate_id = $1`, [other.id]);
    expect(rows).toEqual([{ rule: 'manual', status: 'active', reason: '群众举报：该镇干部在工作群中要求下属每天定时投票。' }]);

    // Four eyes: the auditor who raised it cannot confirm it, and is told why.
    await page.getByLabel('说明').fill('我本人核实过举报内容，确认属实。');
    await page.getByRole('button', { name: '确认' }).click();
    await expectText(page, '人工标记需由另一名审计员确认：提出标记的审计员不能自己确认。');
    const { rows: after } = await env.ctx.pool.query('SELECT status FROM flags WHERE candidate_id = $1', [other.id]);
    expect(after).toEqual([{ status: 'active' }]);
  });
});

async function expectText(page: Page, text: string): Promise<void> {
  await page.getByText(text).first().waitFor({ timeout: 10_000 });
}
