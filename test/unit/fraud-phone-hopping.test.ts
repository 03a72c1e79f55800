import { detect } from '../../src/fraud/detector';
import { ANDROID, DAY, honestCrowd, IPHONE, MODELS, rng, type VoteLike } from '../helpers/ledger-fixtures';

const T0 = Date.parse('2024-06-02T16:00:00Z'); // 2024-06-03 00:00 Asia/Shanghai
const HOUR = 3_600_000;
const DAYS = 6;
const CANDIDATES = 12;
const IPAD = 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x18003237) NetType/WIFI Language/zh_CN';
const PC = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090c11) XWEB/11275 Flue';

const dayTime = (u: () => number, d: number) => T0 + d * DAY + 8 * HOUR + Math.floor(u() * 14 * HOUR);
const homeIp = (u: () => number) => `117.${Math.floor(u() * 60)}.${Math.floor(u() * 250)}.${1 + Math.floor(u() * 250)}`;

/**
 * Loyal voters who come back every day, each on their own phone; `switchShare` of them get a new
 * phone halfway through the week (two phones, as people have).
 */
function loyalCrowd(u: () => number, accounts: number, switchShare: number): VoteLike[] {
  const out: VoteLike[] = [];
  for (let k = 0; k < accounts; k++) {
    const phones = [ANDROID(MODELS[Math.floor(u() * MODELS.length)], 300_000 + k), ANDROID(MODELS[Math.floor(u() * MODELS.length)], 400_000 + k)];
    const switches = u() < switchShare;
    const c = `c${Math.min(CANDIDATES - 1, Math.floor(CANDIDATES * u() * u()))}`;
    for (let d = 0; d < DAYS; d++) {
      if (u() < 0.2) continue;
      out.push({ at: dayTime(u, d), accountId: `loyal${k}`, candidateIds: [c], ip: homeIp(u), userAgent: phones[switches && d >= DAYS / 2 ? 1 : 0] });
    }
  }
  return out;
}

/**
 * An account bank driven by a device-spoofing tool: `accounts` aged accounts vote for c7 every day
 * from day 1, each session on a newly made device (a random model, or an iPhone), through home
 * addresses; each vote ticks a random other candidate half the time, as cover.
 */
function accountBank(u: () => number, accounts: number): VoteLike[] {
  const out: VoteLike[] = [];
  let device = 0;
  for (let k = 0; k < accounts; k++) {
    for (let d = 1; d < DAYS; d++) {
      const ua = u() < 0.3 ? IPHONE(['17_5_1', '16_6', '17_4_1'][Math.floor(u() * 3)]) : ANDROID(MODELS[Math.floor(u() * MODELS.length)], 900_000 + device++);
      const picks = ['c7'];
      if (u() < 0.5) picks.push(`c${Math.floor(u() * CANDIDATES)}`);
      out.push({ at: dayTime(u, d), accountId: `bank${k}`, candidateIds: [...new Set(picks)], ip: homeIp(u), userAgent: ua });
    }
  }
  return out;
}

const crowd = (seed: number) => [...honestCrowd({ start: T0, days: DAYS, votes: 20_000, candidates: CANDIDATES, seed }), ...loyalCrowd(rng(seed + 100), 3_000, 0.03)];
const flagsOf = (votes: VoteLike[]) => detect([...votes].sort((a, b) => a.at - b.at)).filter((f) => f.rule === 'phone-hopping');

describe('accounts that hop phones', () => {
  it('flags the candidate an account bank on a device-spoofing tool votes for, and not its cover picks', () => {
    const flags = flagsOf([...crowd(31), ...accountBank(rng(31), 120)]);
    expect(flags.map((f) => f.candidateId)).toEqual(['c7']);
    expect(flags[0].burstKey).toBe('phone-hopping:c7');
    expect(flags[0].evidence.hoppingAccounts).toBeGreaterThan(100);
    expect(flags[0].evidence.expectedAccounts).toBeLessThan(1);
  });

  it('takes two phones for people: a candidate whose loyal voters all change phones mid-week is not flagged', () => {
    const u = rng(32);
    const changers = loyalCrowd(u, 400, 1).map((v) => ({ ...v, accountId: `new-${v.accountId}`, candidateIds: ['c7'] }));
    expect(flagsOf([...crowd(32), ...changers])).toEqual([]);
  });

  it('leaves out iPads and computers, where WeChat runs beside the phone', () => {
    const u = rng(33);
    const out: VoteLike[] = [];
    for (let k = 0; k < 300; k++) {
      const devices = [ANDROID(MODELS[k % MODELS.length], 500_000 + k), IPAD, PC];
      for (let d = 0; d < DAYS; d++) out.push({ at: dayTime(u, d), accountId: `office${k}`, candidateIds: ['c7'], ip: homeIp(u), userAgent: devices[d % 3] });
    }
    expect(flagsOf([...crowd(33), ...out])).toEqual([]);
  });

  it('needs forty accounts: a small bank is left to the other rules', () => {
    expect(flagsOf([...crowd(34), ...accountBank(rng(34), 30)])).toEqual([]);
  });

  it('says nothing on an honest crowd of one-time and loyal voters', () => {
    expect(flagsOf(crowd(35))).toEqual([]);
  });
});
