import Redis from 'ioredis';
import type { Page } from 'playwright-core';
import { REDIS_URL } from '../helpers/databases';
import { startBrowserEnv, publishBallot, type BrowserEnv } from '../helpers/browser';
import { bearer } from '../helpers/test-app';

jest.setTimeout(90_000);

/**
 * The voter page as a voter uses it, in Chromium with a phone's screen and WeChat's user agent,
 * against the real service, PostgreSQL, Redis and the fake WeChat. The service's clock is the test
 * clock: 2026-06-01 10:00 in Shanghai unless a test moves it.
 */
const NOW = '2026-06-01T02:00:00.000Z';
const OPENED = '2026-05-31T16:00:00.000Z'; // 2026-06-01 00:00 Shanghai

const CITIES = ['南昌市', '九江市', '赣州市'];
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `候选人${String(i + 1).padStart(2, '0')}`,
    city: CITIES[i % CITIES.length],
    county: `第${(i % 5) + 1}县`,
    summary: `从事基层工作 ${10 + (i % 7)} 年`,
  }));

describe('voter page', () => {
  let env: BrowserEnv;
  let openid = 0;
  const nextOpenid = () => `o_browser_${String(++openid).padStart(4, '0')}_${Math.random().toString(36).slice(2, 8)}`;

  beforeAll(async () => {
    env = await startBrowserEnv({ now: NOW });
  });
  afterAll(async () => {
    await env?.close();
  });
  beforeEach(() => {
    env.ctx.clock.set(NOW);
    env.fake.autoApprove(null);
  });

  /** Opens a ballot as a phone signed in to WeChat as `who` (the fake approves at once). */
  async function open(ballotId: string, who: string): Promise<Page> {
    const { page } = await env.newPhone();
    env.fake.autoApprove(who);
    await page.goto(`${env.baseUrl}/vote/?ballot=${ballotId}`);
    return page;
  }

  const votesOf = async (ballotId: string, account: string) =>
    (await env.ctx.pool.query<{ candidate_ids: string[] }>('SELECT candidate_ids FROM votes WHERE ballot_id = $1 AND account_id = $2', [ballotId, account])).rows;

  it('signs in through WeChat OAuth: the state is checked, code and state leave the address bar, the token stays in sessionStorage', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, candidates: people(4) });
    const { page } = await env.newPhone();
    await page.goto(`${env.baseUrl}/vote/?ballot=${ballot.id}`);
    // The fake WeChat's own page: the voter approves as this openid.
    await page.waitForURL((u) => u.toString().startsWith(env.fake.authorizeUrl));
    const authorize = new URL(page.url());
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      appid: expect.any(String),
      redirect_uri: `${env.baseUrl}/vote/?ballot=${ballot.id}`,
      response_type: 'code',
      scope: 'snsapi_base',
      state: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const who = nextOpenid();
    await page.getByLabel('openid').fill(who);
    await env.screenshot(page, '01-fake-wechat-authorize');
    await page.getByRole('button', { name: '允许' }).click();

    await page.getByRole('button', { name: /^投票/ }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname + url.search).toBe(`/vote/?ballot=${ballot.id}`);
    const stored = await page.evaluate<{ session: string | null; local: number }>('({ session: sessionStorage.getItem("vote.token"), local: localStorage.length })');
    expect(JSON.parse(stored.session!)).toMatchObject({ token: expect.any(String) });
    expect(stored.local).toBe(0);
    const exchange = env.fake.requests.filter((r) => r.path === '/sns/oauth2/access_token').pop();
    expect(exchange?.query.code).toMatch(/^code_/);
  });

  it('refuses a sign-in whose state is not the one this tab sent, without calling WeChat', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, candidates: people(3) });
    const { page } = await env.newPhone();
    const before = env.fake.requests.length;
    await page.goto(`${env.baseUrl}/vote/?ballot=${ballot.id}&code=code_forged&state=0123456789abcdef0123456789abcdef`);
    await page.getByText('登录校验失败').waitFor();
    expect(new URL(page.url()).search).toBe(`?ballot=${ballot.id}`);
    expect(env.fake.requests.length).toBe(before);
    expect(await page.evaluate('sessionStorage.getItem("vote.token")')).toBeNull();
    await env.screenshot(page, '07-bad-state');
    // The way forward works: a fresh, checked round trip.
    env.fake.autoApprove(nextOpenid());
    await page.getByRole('button', { name: '重新登录' }).click();
    await page.getByRole('button', { name: /^投票/ }).waitFor();
  });

  it('vote → 投票成功 → reload → 今日已投票, with the next time in Shanghai time', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, candidates: people(6) });
    const who = nextOpenid();
    const page = await open(ballot.id, who);
    await page.getByRole('radio', { name: /候选人03/ }).check();
    await env.screenshot(page, '02-ballot-chosen');
    await page.getByRole('button', { name: /^投票/ }).click();
    await page.getByRole('dialog', { name: '确认投票' }).waitFor();
    await page.getByRole('button', { name: '确认投票' }).click();
    await page.getByText('投票成功').waitFor();
    await expect(page.getByText('投给了：候选人03').isVisible()).resolves.toBe(true);
    await expect(page.getByText('下次可投票时间：2026年6月2日 00:00（北京时间）').isVisible()).resolves.toBe(true);
    await env.screenshot(page, '03-vote-success');
    expect(await votesOf(ballot.id, who)).toEqual([{ candidate_ids: [ballot.candidates[2].id] }]);

    await page.reload();
    await page.getByText('今日已投票').waitFor();
    await expect(page.getByText('下次可投票时间：2026年6月2日 00:00（北京时间）').isVisible()).resolves.toBe(true);
    await expect(page.getByText('投给了：候选人03').isVisible()).resolves.toBe(true);
    expect(await page.getByRole('button', { name: /^投票/ }).count()).toBe(0);
    await env.screenshot(page, '04-voted-today');
  });

  it('stops a choice beyond maxChoices and says why', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, maxChoices: 2, seats: 2, candidates: people(5) });
    const who = nextOpenid();
    const page = await open(ballot.id, who);
    await page.getByRole('checkbox', { name: /候选人01/ }).check();
    await page.getByRole('checkbox', { name: /候选人02/ }).check();
    await page.getByRole('checkbox', { name: /候选人03/ }).click();
    expect(await page.getByRole('checkbox', { name: /候选人03/ }).isChecked()).toBe(false);
    await expect(page.getByRole('alert').filter({ hasText: '每次最多选 2 位' }).isVisible()).resolves.toBe(true);
    await env.screenshot(page, '05-max-choices');
    await page.getByRole('button', { name: /^投票/ }).click();
    await page.getByRole('button', { name: '确认投票' }).click();
    await page.getByText('投票成功').waitFor();
    const [vote] = await votesOf(ballot.id, who);
    expect(vote.candidate_ids.slice().sort()).toEqual([ballot.candidates[0].id, ballot.candidates[1].id].sort());
  });

  it('finds a candidate among 60 by name and by city', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, maxChoices: 3, seats: 3, candidates: people(60) });
    const page = await open(ballot.id, nextOpenid());
    const boxes = page.getByRole('checkbox');
    await boxes.first().waitFor();
    expect(await boxes.count()).toBe(60);
    await page.getByRole('searchbox', { name: '搜索候选人姓名' }).fill('候选人4');
    // 候选人40..49, and only those (候选人04 does not contain 候选人4).
    const visibleNames = async () => (await page.getByRole('checkbox').evaluateAll((els) => els.map((e) => (e.closest('label')?.querySelector('.name')?.textContent ?? '')))).sort();
    expect(await visibleNames()).toEqual(Array.from({ length: 10 }, (_, i) => `候选人${40 + i}`));
    await page.getByRole('combobox', { name: '按设区市筛选' }).selectOption('九江市');
    // Of those, the ones in 九江市 (index 1, 4, 7… in CITIES order).
    const expected = Array.from({ length: 10 }, (_, i) => 40 + i).filter((n) => CITIES[(n - 1) % 3] === '九江市').map((n) => `候选人${n}`);
    expect(expected).toHaveLength(3);
    expect(await visibleNames()).toEqual(expected);
    await env.screenshot(page, '06-search-city');
    await page.getByRole('searchbox', { name: '搜索候选人姓名' }).fill('没有这个人');
    await page.getByText('没有符合条件的候选人').waitFor();
  });

  it('a ballot not open yet shows when it opens and offers no vote, without asking anyone to sign in', async () => {
    const ballot = await publishBallot(env, { opensAt: '2026-06-02T16:00:00.000Z', candidates: people(3) });
    const { page } = await env.newPhone();
    await page.goto(`${env.baseUrl}/vote/?ballot=${ballot.id}`);
    await page.getByText('未开始', { exact: true }).waitFor();
    await expect(page.getByText(/^距开始：1天 1[34]小时/).isVisible()).resolves.toBe(true);
    await expect(page.getByText('2026年6月3日 00:00 至 2026年6月10日 00:00（北京时间）').isVisible()).resolves.toBe(true);
    expect(await page.getByRole('button', { name: /^投票/ }).count()).toBe(0);
    expect(await page.getByRole('radio', { name: /候选人01/ }).isDisabled()).toBe(true);
    expect(new URL(page.url()).origin).toBe(env.baseUrl);
    await env.screenshot(page, '08-not-open');

    // After its window: 已结束.
    env.ctx.clock.set('2026-06-10T00:00:00.000Z');
    await page.reload();
    await page.getByText('已结束', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^投票/ }).count()).toBe(0);
  });

  it('the network failing on the first submit: the retry carries the same Idempotency-Key and the ledger holds exactly one vote', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, candidates: people(4) });
    const who = nextOpenid();
    const page = await open(ballot.id, who);
    const keys: string[] = [];
    let cut = true;
    await page.route(`**/v1/ballots/${ballot.id}/votes`, async (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      if (!cut) return route.continue();
      cut = false;
      // The vote reaches the service and is recorded; the answer is lost on the way back.
      const answer = await route.fetch();
      expect(answer.status()).toBe(201);
      await route.abort('connectionreset');
    });
    await page.getByRole('radio', { name: /候选人02/ }).check();
    await page.getByRole('button', { name: /^投票/ }).click();
    await page.getByRole('button', { name: '确认投票' }).click();
    await page.getByText('网络连接中断').waitFor();
    await env.screenshot(page, '09-network-failed');
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByText('投票成功').waitFor();
    await expect(page.getByText('投给了：候选人02').isVisible()).resolves.toBe(true);

    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^v1-[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await votesOf(ballot.id, who)).toEqual([{ candidate_ids: [ballot.candidates[1].id] }]);
    const ledger = await env.ctx.app.inject({ url: `/v1/ballots/${ballot.id}/ledger`, headers: bearer(await env.ctx.staffKey('auditor')) });
    const lines = ledger.body.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { accountId: string });
    expect(lines.filter((l) => l.accountId === who)).toHaveLength(1);
  });

  it('429 shows its wait, keeps 重试 disabled through it, then the retry votes once', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, candidates: people(3) });
    const who = nextOpenid();
    const page = await open(ballot.id, who);
    await page.getByRole('radio', { name: /候选人01/ }).waitFor();
    // This account's vote counter over its limit for 4 more seconds, as a script hammering the
    // service would leave it: the service itself answers 429 with Retry-After.
    const redis = new Redis(REDIS_URL);
    try {
      await redis.set(`${env.ctx.redisPrefix}rl:va:${who}`, '1000', 'PX', 4000);
    } finally {
      redis.disconnect();
    }
    await page.getByRole('radio', { name: /候选人01/ }).check();
    await page.getByRole('button', { name: /^投票/ }).click();
    await page.getByRole('button', { name: '确认投票' }).click();
    await page.getByText('操作太频繁').waitFor();
    await expect(page.getByText(/请等待 [34] 秒后再试。$/).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('button', { name: '重试' }).isDisabled()).toBe(true);
    await env.screenshot(page, '10-rate-limited');
    expect(await votesOf(ballot.id, who)).toEqual([]);
    await page.getByText('现在可以重试了').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByText('投票成功').waitFor();
    expect(await votesOf(ballot.id, who)).toHaveLength(1);
  });

  it('renders an HTML-looking candidate name as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const ballot = await publishBallot(env, {
      opensAt: OPENED,
      candidates: [
        { name: evil, city: '<b>南昌市</b>', summary: '<script>alert(2)</script>' },
        ...people(2),
      ],
    });
    const dialogs: string[] = [];
    const page = await open(ballot.id, nextOpenid());
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const radio = page.getByRole('radio', { name: evil });
    await radio.waitFor();
    expect(await page.locator('.candidate .name').first().textContent()).toBe(evil);
    await expect(page.getByText('<script>alert(2)</script>').isVisible()).resolves.toBe(true);
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    await expect(page.getByRole('combobox', { name: '按设区市筛选' }).locator('option', { hasText: '<b>南昌市</b>' }).count()).resolves.toBe(1);
    await env.screenshot(page, '11-html-name-as-text');
    await radio.check();
    await page.getByRole('button', { name: /^投票/ }).click();
    await page.getByRole('button', { name: '确认投票' }).click();
    await page.getByText('投票成功').waitFor();
    await expect(page.getByText(`投给了：${evil}`).isVisible()).resolves.toBe(true);
    expect(dialogs).toEqual([]);
  });

  it('the day rolling over on the test clock lets the voter vote again', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, candidates: people(3) });
    const who = nextOpenid();
    const page = await open(ballot.id, who);
    await page.getByRole('radio', { name: /候选人01/ }).check();
    await page.getByRole('button', { name: /^投票/ }).click();
    await page.getByRole('button', { name: '确认投票' }).click();
    await page.getByText('投票成功').waitFor();

    env.ctx.clock.set('2026-06-01T15:59:59.000Z'); // 23:59:59 in Shanghai: still the same day
    await page.reload();
    await page.getByText('今日已投票').waitFor();

    env.ctx.clock.set('2026-06-01T16:00:00.000Z'); // midnight in Shanghai: a new day
    await page.reload();
    await page.getByRole('radio', { name: /候选人02/ }).check();
    await page.getByRole('button', { name: /^投票/ }).click();
    await page.getByRole('button', { name: '确认投票' }).click();
    await page.getByText('投票成功').waitFor();
    await expect(page.getByText('下次可投票时间：2026年6月3日 00:00（北京时间）').isVisible()).resolves.toBe(true);
    const days = await env.ctx.pool.query<{ day: string }>("SELECT to_char(day, 'YYYY-MM-DD') AS day FROM votes WHERE ballot_id = $1 AND account_id = $2 ORDER BY day", [ballot.id, who]);
    expect(days.rows.map((r) => r.day)).toEqual(['2026-06-01', '2026-06-02']);
  });

  it('inside WeChat the page asks for the JS-SDK config of its own address; a failing JS-SDK leaves voting alone', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, candidates: people(3) });
    const { page } = await env.newPhone();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    env.fake.autoApprove(nextOpenid());
    const sdk = page.waitForResponse((r) => r.url().includes('/v1/wechat/jssdk-config'));
    await page.goto(`${env.baseUrl}/vote/?ballot=${ballot.id}`);
    const answer = await sdk;
    expect(answer.status()).toBe(200);
    expect(new URL(answer.url()).searchParams.get('url')).toBe(`${env.baseUrl}/vote/?ballot=${ballot.id}`);
    expect(await answer.json()).toMatchObject({ appId: expect.any(String), signature: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(problems).toEqual([]);

    // Now the JS-SDK's endpoint fails outright: the page votes as before.
    await page.route('**/v1/wechat/jssdk-config**', (route) => route.abort('connectionrefused'));
    await page.reload();
    await page.getByRole('radio', { name: /候选人01/ }).check();
    await page.getByRole('button', { name: /^投票/ }).click();
    await page.getByRole('button', { name: '确认投票' }).click();
    await page.getByText('投票成功').waitFor();
    expect(problems.filter((p) => !/jssdk-config|ERR_CONNECTION_REFUSED|Failed to load resource/.test(p))).toEqual([]);
  });

  it('live counts refresh by themselves while the page is open', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, candidates: people(3) });
    const page = await open(ballot.id, nextOpenid());
    const row = page.getByRole('radio', { name: /候选人02/ });
    await row.waitFor();
    expect(await row.getAttribute('aria-label')).toBeNull();
    await expect(page.getByText('累计 0 票').isVisible()).resolves.toBe(true);
    // Two other voters vote for 候选人02 through the API.
    for (const other of [nextOpenid(), nextOpenid()]) {
      const res = await env.ctx.app.inject({
        method: 'POST',
        url: `/v1/ballots/${ballot.id}/votes`,
        headers: bearer(env.ctx.voterToken(other)),
        payload: { candidateIds: [ballot.candidates[1].id] },
      });
      expect(res.statusCode).toBe(201);
    }
    // The page polls every 15 s while visible.
    await page.getByText('累计 2 票').waitFor({ timeout: 25_000 });
    await expect(page.getByRole('radio', { name: /候选人02.*2 票 · 第 1 名/ }).isVisible()).resolves.toBe(true);
  });

  it('a token the service refuses sends the voter through WeChat once, never in a loop', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, candidates: people(3) });
    const page = await open(ballot.id, nextOpenid());
    await page.getByRole('radio', { name: /候选人01/ }).waitFor();
    const authorizeVisits = () => visits.filter((u) => u.startsWith(env.fake.authorizeUrl)).length;
    const visits: string[] = [];
    page.on('request', (r) => {
      if (r.isNavigationRequest()) visits.push(r.url());
    });

    // A token that went bad (revoked secret, expired): one silent round trip, then voting goes on.
    await page.evaluate('sessionStorage.setItem("vote.token", JSON.stringify({ token: "not-a-valid-token", expiresAt: "2099-01-01T00:00:00.000Z" }))');
    await page.reload();
    await page.getByRole('radio', { name: /候选人01/ }).waitFor();
    expect(authorizeVisits()).toBe(1);

    // The service refuses every token (say, a misconfigured secret): one round trip, then a
    // message and a button, not an endless bounce through WeChat.
    await page.route(`**/v1/ballots/${ballot.id}/votes/me`, (route) =>
      route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'refused', requestId: 'r' }) }),
    );
    await page.reload();
    await page.getByText('登录失败').waitFor();
    expect(authorizeVisits()).toBe(2);
    await expect(page.getByRole('button', { name: '重新登录' }).isVisible()).resolves.toBe(true);
    await env.screenshot(page, '12-sign-in-failed');
  });

  it('outside WeChat, when the service requires WeChat (production), asks to open the link in WeChat', async () => {
    const ballot = await publishBallot(env, { opensAt: OPENED, candidates: people(3) });
    const { page } = await env.newPhone({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36' });
    // The flag as a production service sends it (the fake WeChat cannot run against production).
    await page.route('**/v1/client-config', async (route) => {
      const real = await route.fetch();
      await route.fulfill({ response: real, json: { ...(await real.json()), requireWechat: true } });
    });
    await page.goto(`${env.baseUrl}/vote/?ballot=${ballot.id}`);
    await page.getByText('请在微信中打开').waitFor();
    expect(new URL(page.url()).origin).toBe(env.baseUrl);
    expect(await page.getByRole('button', { name: /^投票/ }).count()).toBe(0);
  });
});
