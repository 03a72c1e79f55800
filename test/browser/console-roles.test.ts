/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { bearer } from '../helpers/test-app';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser';
import { openConsole, signIn, storedKey, type ConsolePage } from '../helpers/console-browser';
import { botBurst, insertVotes, organicVotes, seedBallot, type SeededBallot } from '../integration/flags-fixtures';
import { apiKeysRepository } from '../../src/storage/api-keys-repository';

/**
 * The console never widens a role: an admin key sees no review controls and a review sent the way
 * the console sends its calls (the session's key, from the page) is refused; a revoked key is
 * signed out with a clear message; 退出 forgets the key; a wrong key is refused at the door.
 */

const OPENS_AT = '2026-06-01T00:00:00.000Z';

describe('staff console: roles and the key', () => {
  let env: BrowserEnv;
  let b: SeededBallot;
  let flagId: string;

  beforeAll(async () => {
    env = await startBrowserEnv({ now: '2026-06-01T06:30:30.000Z' });
    b = await seedBallot(env.ctx.pool, { opensAt: OPENS_AT, candidates: 4 });
    await insertVotes(env.ctx.pool, b.ballot.id, [
      ...organicVotes(b.candidates, new Date(OPENS_AT), 6 * 60, 1, 9),
      ...botBurst(b.candidates[2].id, new Date('2026-06-01T04:00:00.000Z'), 400),
    ]);
    const auditor = await env.ctx.staffKey('auditor', 'auditor-roles');
    const res = await env.ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.ballot.id}/detect`, headers: bearer(auditor) });
    flagId = res.json().flags.find((f: { candidateId: string }) => f.candidateId === b.candidates[2].id).id;
  }, 120_000);
  afterAll(() => env?.close());

  /** A detector flag with evidence the console has to render as it finds it. */
  const insertDetectorFlag = (id: string, candidateId: string, rule: string, evidence: object) =>
    env.ctx.pool.query(
      `INSERT INTO flags (id, ballot_id, candidate_id, rule, status, window_start, window_end, observed, expected, severity, evidence, created_at, created_by)
       VALUES ($1, $2, $3, $4, 'active', '2026-06-01T03:00:00Z', '2026-06-01T03:20:00Z', 50, 9.5, 'medium', $5, '2026-06-01T03:30:00Z', 'detector')`,
      [id, b.ballot.id, candidateId, rule, JSON.stringify(evidence)],
    );

  describe('an admin key', () => {
    let c: ConsolePage;
    beforeAll(async () => {
      c = await openConsole(env);
      await signIn(c.page, await env.ctx.staffKey('admin', 'office-roles'));
    });

    it('sees the flag but no review controls, no manual flag form and no ledger download', async () => {
      const { page } = c;
      await page.goto(`${env.baseUrl}/console/#/flags/${flagId}`);
      await page.getByRole('heading', { name: /^疑点：/ }).waitFor();
      await expectText(page, '只有审计员可以确认或驳回疑点');
      expect(await page.getByRole('button', { name: '确认' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: '驳回' }).count()).toBe(0);
      expect(await page.getByLabel('说明').count()).toBe(0);

      await page.goto(`${env.baseUrl}/console/#/ballots/${b.ballot.id}/flags`);
      await page.locator('tbody tr').first().waitFor();
      expect(await page.getByRole('button', { name: '下载投票台账' }).count()).toBe(0);
      expect(await page.getByText('人工标记疑点').count()).toBe(0);
    });

    it("a review sent from the page with the session's key is refused (403) and changes nothing", async () => {
      const status = await c.page.evaluate(async (id) => {
        const session = JSON.parse(sessionStorage.getItem('console.session')!) as { key: string };
        const res = await fetch(`/v1/flags/${id}/review`, {
          method: 'POST',
          headers: { authorization: `Bearer ${session.key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ decision: 'dismiss', note: 'The office clears its own candidate.' }),
        });
        return { status: res.status, code: ((await res.json()) as { code: string }).code };
      }, flagId);
      expect(status).toEqual({ status: 403, code: 'FORBIDDEN' });
      const { rows } = await env.ctx.pool.query('SELECT status, review FROM flags WHERE id = $1', [flagId]);
      expect(rows[0]).toEqual({ status: 'active', review: null });
    });

    it('renders evidence it has never seen generically: each signal a row with the fields it has', async () => {
      const { page } = c;
      const id = randomUUID();
      const evidence = {
        signals: {
          replayedTokenShare: { group: 'session', value: 0.62, baseline: 0.01, fired: true, explainedVotes: 31, pValue: 0.0004 },
          nightShare: { group: 'timeOfDay', value: 0.1, baseline: 0.12, othersInWindow: 0.11, fired: false, explainedVotes: 0 },
        },
        topIps: [{ ip: '198.51.100.4', votes: 17 }],
        newDetectorNote: '<script>alert(1)</script>',
      };
      await insertDetectorFlag(id, b.candidates[0].id, 'burst-v2', evidence);
      await page.goto(`${env.baseUrl}/console/#/flags/${id}`);
      await page.getByRole('heading', { name: /^疑点：/ }).waitFor();
      const rows = page.locator('table.evidence tbody tr');
      expect(await rows.count()).toBe(2);
      // Fired first; an unknown signal keeps its own name; fields without a column go to the last one.
      expect(await rows.first().locator('td').allTextContents()).toEqual(['replayedTokenShare', '', 'session', '62.0%', '1.0%', '—', '触发', '31', 'pValue: 0.00040']);
      expect(await rows.nth(1).locator('td').nth(0).textContent()).toBe('深夜投票nightShare');
      expect(await page.getByRole('cell', { name: '198.51.100.4' }).count()).toBe(1);
      expect(await page.locator('.evidence-other').textContent()).toContain('<script>alert(1)</script>');
      expect(await page.locator('main script').count()).toBe(0);
    });

    it('a cohort flag names its members, days, list order and phone changes in words, shares as percentages', async () => {
      const { page } = c;
      const id = randomUUID();
      const evidence = { signature: 'a closed group of accounts voting for the candidate together (same window) on three days or more', members: 28, days: 6, listOrder: 0.46, deviceSwitch: 0 };
      await insertDetectorFlag(id, b.candidates[1].id, 'cohort', evidence);
      await page.goto(`${env.baseUrl}/console/#/flags/${id}`);
      await page.getByRole('heading', { name: /^疑点：/ }).waitFor();
      const other = page.locator('.evidence-other');
      const item = (key: string) => other.locator('div').filter({ has: page.locator('dt', { hasText: key }) });
      expect(await item('listOrder').locator('dt').textContent()).toContain('逐日保持先后顺序');
      expect(await item('listOrder').locator('dd').textContent()).toBe('46.0%');
      expect(await item('deviceSwitch').locator('dd').textContent()).toBe('0.0%');
      expect(await item('members').locator('dd').textContent()).toBe('28');
    });

    it('an account-pool flag names its rule, its share of the pool and whether it is the pool\'s client in words', async () => {
      const { page } = c;
      const id = randomUUID();
      const menu = [{ candidateId: b.candidates[0].id, poolVotes: 900 }, { candidateId: b.candidates[1].id, poolVotes: 410 }];
      const evidence = { signature: 'a pool of accounts that each pick anew among the same few candidates', members: 512, expectedMembers: 1.4, shareOfPoolVotes: 0.22, mostOfPool: false, menu };
      await insertDetectorFlag(id, b.candidates[1].id, 'account-pool', evidence);
      await page.goto(`${env.baseUrl}/console/#/flags/${id}`);
      await page.getByRole('heading', { name: /^疑点：/ }).waitFor();
      expect(await page.locator('main').textContent()).toContain('账号池在固定几位候选人间轮换投票');
      const other = page.locator('.evidence-other');
      const item = (key: string) => other.locator('div').filter({ has: page.locator('dt', { hasText: key }) });
      expect(await item('shareOfPoolVotes').locator('dd').textContent()).toBe('22.0%');
      expect(await item('mostOfPool').locator('dt').textContent()).toContain('陪投');
      expect(await item('mostOfPool').locator('dd').textContent()).toBe('否');
      // The menu is a table of candidate names with their votes from the pool, not ids.
      const menuTable = page.getByRole('table', { name: '账号池投票的候选人及其池内票数' });
      expect(await menuTable.locator('tbody tr').first().locator('td').allTextContents()).toEqual([b.candidates[0].name, '900']);
      expect(await page.locator('main').textContent()).not.toContain(b.candidates[0].id);
    });

    it('a forged-strings flag names its rule, its accounts against those expected, and its largest pair as a percentage', async () => {
      const { page } = c;
      const id = randomUUID();
      const evidence = { signature: 'accounts across the ballot sending strings no phone sends', accounts: 150, expectedAccounts: 0.4, pairs: 5, largestPairShare: 0.25 };
      await insertDetectorFlag(id, b.candidates[1].id, 'forged-clients', evidence);
      await page.goto(`${env.baseUrl}/console/#/flags/${id}`);
      await page.getByRole('heading', { name: /^疑点：/ }).waitFor();
      expect(await page.locator('main').textContent()).toContain('真实手机不会发出的设备标识');
      const other = page.locator('.evidence-other');
      // Each field by its own key (`accounts` is also the end of `expectedAccounts`).
      const item = (key: string) => other.locator('div').filter({ has: page.locator('dt', { hasText: new RegExp(` ${key}$`) }) });
      expect(await item('accounts').locator('dt').textContent()).toContain('伪造设备标识的账号数');
      expect(await item('accounts').locator('dd').textContent()).toBe('150');
      expect(await item('expectedAccounts').locator('dd').textContent()).toBe('0.4');
      expect(await item('pairs').locator('dt').textContent()).toContain('机型，安卓版本');
      expect(await item('largestPairShare').locator('dd').textContent()).toBe('25.0%');
    });

    it('a phone-hopping flag names its rule and its hopping accounts against those expected', async () => {
      const { page } = c;
      const id = randomUUID();
      const evidence = { signature: 'accounts voting from 3 different phones or more', hoppingAccounts: 150, expectedAccounts: 0.2, accountsThatCould: 280 };
      await insertDetectorFlag(id, b.candidates[1].id, 'phone-hopping', evidence);
      await page.goto(`${env.baseUrl}/console/#/flags/${id}`);
      await page.getByRole('heading', { name: /^疑点：/ }).waitFor();
      expect(await page.locator('main').textContent()).toContain('三部以上不同手机');
      const item = (key: string) => page.locator('.evidence-other div').filter({ has: page.locator('dt', { hasText: new RegExp(` ${key}$`) }) });
      expect(await item('hoppingAccounts').locator('dt').textContent()).toContain('不同手机上投票的账号数');
      expect(await item('hoppingAccounts').locator('dd').textContent()).toBe('150');
      expect(await item('accountsThatCould').locator('dd').textContent()).toBe('280');
    });

    it('a steady-pace flag names its rule and shows its long gaps against those expected', async () => {
      const { page } = c;
      const id = randomUUID();
      const evidence = { signature: 'the candidate\'s votes of the day almost never leave a long gap', day: '2026-05-02', candidateVotesThatDay: 832, usualDayVotes: 324, longerThanLocalMeans: 2, longGaps: 28, expectedLongGaps: 95.6, logOdds: -37.4 };
      await insertDetectorFlag(id, b.candidates[1].id, 'steady-pace', evidence);
      await page.goto(`${env.baseUrl}/console/#/flags/${id}`);
      await page.getByRole('heading', { name: /^疑点：/ }).waitFor();
      expect(await page.locator('main').textContent()).toContain('几乎没有长间隔');
      const item = (key: string) => page.locator('.evidence-other div').filter({ has: page.locator('dt', { hasText: new RegExp(` ${key}$`) }) });
      expect(await item('longGaps').locator('dt').textContent()).toContain('长间隔数');
      expect(await item('longGaps').locator('dd').textContent()).toBe('28');
      expect(await item('expectedLongGaps').locator('dd').textContent()).toBe('95.6');
      expect(await item('usualDayVotes').locator('dt').textContent()).toContain('平常一天的票数');
      await env.screenshot(page, 'console-steady-pace-flag');
    });

    it('a steady-pace flag over a run of days names its days and their votes', async () => {
      const { page } = c;
      const id = randomUUID();
      const evidence = { signature: 'the candidate\'s votes almost never leave a long gap', days: '2026-05-02..2026-05-05', candidateVotes: 2045, usualDayVotes: 494, longerThanLocalMeans: 3, longGaps: 16, expectedLongGaps: 86.4, logOdds: -42.3 };
      await insertDetectorFlag(id, b.candidates[1].id, 'steady-pace', evidence);
      await page.goto(`${env.baseUrl}/console/#/flags/${id}`);
      await page.getByRole('heading', { name: /^疑点：/ }).waitFor();
      const item = (key: string) => page.locator('.evidence-other div').filter({ has: page.locator('dt', { hasText: new RegExp(` ${key}$`) }) });
      expect(await item('days').locator('dd').textContent()).toBe('2026-05-02..2026-05-05');
      expect(await item('candidateVotes').locator('dt').textContent()).toContain('在这些天的票数');
      expect(await item('candidateVotes').locator('dd').textContent()).toBe('2,045');
      await item('logOdds').scrollIntoViewIfNeeded();
      await env.screenshot(page, 'console-steady-pace-run-of-days');
    });

    it('publishing a draft whose window has passed is explained in words (INVALID_WINDOW)', async () => {
      const { page } = c;
      const late = await seedBallot(env.ctx.pool, { opensAt: '2026-05-01T00:00:00.000Z', durationDays: 3, status: 'draft', candidates: 4 });
      await page.goto(`${env.baseUrl}/console/#/ballots/${late.ballot.id}/candidates`);
      await page.getByRole('button', { name: '发布投票' }).click();
      await expectText(page, '不能发布：投票时间段已经结束。请新建一个开始时间在今后的投票。');
      const { rows } = await env.ctx.pool.query('SELECT status FROM ballots WHERE id = $1', [late.ballot.id]);
      expect(rows[0].status).toBe('draft');
    });

    it('finalize with a flag awaiting review: UNREVIEWED_FLAGS lists it, and the override needs a reason the audit log keeps', async () => {
      const { page } = c;
      env.ctx.clock.set(new Date(b.ballot.closesAt.getTime() + 60_000));
      await page.goto(`${env.baseUrl}/console/#/ballots/${b.ballot.id}/scores`);
      await page.getByLabel('我已了解').check();
      await page.getByRole('button', { name: '定稿并发布摘要' }).click();
      await expectText(page, '还有待审核的刷票疑点');
      expect(await page.locator(`a[href="#/flags/${flagId}"]`).count()).toBe(1);
      await page.getByRole('button', { name: '强制定稿' }).click();
      await expectText(page, '理由至少 10 个字。');
      const reason = '评审委员会决定按期公布结果，疑点另行处理。';
      await page.getByLabel('强制定稿理由').fill(reason);
      await page.getByRole('button', { name: '强制定稿' }).click();
      await page.locator('#digest').waitFor();
      const { rows } = await env.ctx.pool.query(`SELECT details FROM audit_log WHERE action = 'ballot.finalized' AND ballot_id = $1`, [b.ballot.id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].details.override).toMatchObject({ reason, unreviewedFlagIds: expect.arrayContaining([flagId]) });
    });

    it('a revoked key is signed out with a clear message and forgotten', async () => {
      const { page } = c;
      await page.goto(`${env.baseUrl}/console/#/ballots`);
      await page.getByRole('heading', { name: '投票列表' }).waitFor();
      await apiKeysRepository(env.ctx.pool).revokeByLabel('office-roles', env.ctx.clock.now());
      await page.locator(`a[href="#/ballots/${b.ballot.id}"]`).click();
      await expectText(page, '您的密钥已失效（已被吊销或已过期），已自动退出。');
      expect(await page.getByRole('button', { name: '登录' }).isVisible()).toBe(true);
      expect(await storedKey(page)).toBeNull();
    });
  });

  describe('the key itself', () => {
    it('a wrong key is refused at the door; 退出 forgets the key; no URL ever carries it', async () => {
      const c = await openConsole(env);
      const { page } = c;
      await page.getByLabel('密钥').fill('bsk_not-a-real-key-000000000000000000000000000');
      await page.getByRole('button', { name: '登录' }).click();
      await expectText(page, '密钥无效或已被吊销');
      expect(await storedKey(page)).toBeNull();

      const key = await env.ctx.staffKey('auditor', 'auditor-door');
      await signIn(page, key);
      await page.locator(`a[href="#/ballots/${b.ballot.id}"]`).click();
      await page.getByRole('link', { name: '刷票疑点', exact: true }).click();
      await page.locator('tbody tr').first().waitFor();
      expect(await storedKey(page)).toBe(key);
      await page.getByRole('button', { name: '退出' }).click();
      await page.getByRole('button', { name: '登录' }).waitFor();
      expect(await storedKey(page)).toBeNull();
      expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(key);
      // A reload after 退出 does not bring the session back.
      await page.reload();
      await page.getByRole('button', { name: '登录' }).waitFor();
      expect(c.urls.some((u) => u.includes(key))).toBe(false);
      expect(c.problems.filter((p) => !p.includes('401'))).toEqual([]);
    });
  });
});

async function expectText(page: Page, text: string): Promise<void> {
  await page.getByText(text).first().waitFor({ timeout: 10_000 });
}
