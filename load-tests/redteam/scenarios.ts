/**
 * Red-team scenarios: attacks (labelled) and legitimate traps, each on a fresh random ballot
 * (1–3 days, 5–25 candidates, 2–5k or 15–40k votes/day, sometimes multi-choice).
 */
import type { VoteEvent } from '../../src/fraud/types';
import { type AttackLabel, at, type Ballot, ballot, finish, freshAccount, humanWave, ipv6, phone, push, ratePerMinute } from './generator';
import type { Rand } from './world';

const MIN = 60_000;

export interface RedteamLedger {
  events: VoteEvent[];
  attacks: AttackLabel[];
  candidates: string[];
}

interface Scenario {
  legitimate: boolean;
  run: (seed: number) => RedteamLedger;
}

const BOT_UAS = [
  'python-requests/2.31.0',
  'okhttp/4.9.3',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
  'Dalvik/2.1.0 (Linux; U; Android 12; M2012K11AC Build/SKQ1.211006.001)',
  '',
];

function dcIp(r: Rand): string {
  return `${r.pick(['47.96', '120.77', '139.224', '101.132', '8.134'])}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function anyIp(r: Rand): string {
  return `${r.int(36, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
/** A non-leading candidate (attackers push an outsider). */
function target(b: Ballot): number {
  return b.r.int(Math.min(1, b.candidates.length - 1), b.candidates.length - 1);
}
function label(b: Ballot, c: number, start: number, end: number, votes: number): AttackLabel {
  return { candidateId: b.candidates[c], start, end, votes };
}
function done(b: Ballot, attacks: AttackLabel[] = []): RedteamLedger {
  const events = finish(b);
  // A layer running past the close loses its tail: label only attacks that still have votes.
  const kept = attacks.filter((a) => events.some((e) => e.at >= a.start && e.at <= a.end && e.candidateIds.includes(a.candidateId)));
  return { events, attacks: kept, candidates: b.candidates };
}
function startHour(b: Ballot, lo = 0, hi = 23.5): number {
  return lo + b.r.next() * (hi - lo);
}
function lastDay(b: Ballot): number {
  return b.r.int(0, b.days - 1);
}

/** Fixed-interval loop with ±jitter (share of the interval); n votes from `start`. */
function machine(b: Ballot, start: number, n: number, intervalMs: number, jitter: number, each: (t: number) => void): number {
  let t = start;
  for (let k = 0; k < n; k++) {
    t += intervalMs * (1 + jitter * (2 * b.r.next() - 1));
    each(t);
  }
  return t;
}

const scripted = (small: boolean) => (seed: number) => {
  const b = ballot(seed, { big: !small && seed % 2 === 0 });
  const c = target(b);
  const n = small ? b.r.int(150, 600) : b.r.int(2000, 5000);
  const ips = Array.from({ length: b.r.int(1, 3) }, () => dcIp(b.r));
  const ua = b.r.pick(BOT_UAS);
  const start = at(lastDay(b), startHour(b));
  const end = machine(b, start, n, small ? b.r.int(3000, 10000) : b.r.int(400, 1500), 0.1, (t) => push(b, t, freshAccount(b), c, b.r.pick(ips), ua));
  return done(b, [label(b, c, start, end, n)]);
};

/** Jittered (log-normal) gaps, one copied WeChat UA, residential proxies over many /24s. */
const humanishBot = (lo: number, hi: number) => (seed: number) => {
  const b = ballot(seed);
  const c = target(b);
  const n = b.r.int(lo, hi);
  const ua = phone(b.r).ua(b.r);
  const proxies = Array.from({ length: b.r.int(20, 80) }, () => anyIp(b.r));
  const mean = b.r.int(4000, 15000);
  const start = at(lastDay(b), startHour(b, 7, 22));
  let t = start;
  for (let k = 0; k < n; k++) {
    t += mean * Math.exp(0.35 * b.r.normal() - 0.06);
    push(b, t, freshAccount(b), c, b.r.pick(proxies), ua);
  }
  return done(b, [label(b, c, start, t, n)]);
};

/** A handful of rotated WeChat UAs, a new /24 per vote, uniform-jitter loop. */
function proxyWeChat(seed: number): RedteamLedger {
  const b = ballot(seed, { big: seed % 3 === 0 });
  const c = target(b);
  const n = b.r.int(500, 3000);
  const uas = Array.from({ length: 8 }, () => phone(b.r).ua(b.r));
  const start = at(lastDay(b), startHour(b));
  const end = machine(b, start, n, b.r.int(1000, 6000), 0.3, (t) => push(b, t, freshAccount(b), c, b.r.chance(0.3) ? ipv6(b.r) : anyIp(b.r), b.r.pick(uas)));
  return done(b, [label(b, c, start, end, n)]);
}

/** Desktop/non-WeChat UAs rotated, a new /24 per vote, Poisson timing: only the device and accounts give it away. */
function desktopSpread(seed: number): RedteamLedger {
  const b = ballot(seed);
  const c = target(b);
  const n = b.r.int(300, 2000);
  const uas = BOT_UAS.slice(2, 4).concat(Array.from({ length: 4 }, (_, i) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${118 + i}.0.0.0 Safari/537.36 Edg/${118 + i}.0.0.0`));
  const start = at(lastDay(b), startHour(b, 8, 23));
  let t = start;
  const mean = b.r.int(2000, 8000);
  for (let k = 0; k < n; k++) {
    t += b.r.exp(mean);
    push(b, t, freshAccount(b), c, anyIp(b.r), b.r.pick(uas));
  }
  return done(b, [label(b, c, start, t, n)]);
}

/** Paid people on a few bulk phone models, switching WeChat accounts, on 2–4 farm subnets, afternoon/evening. */
const clickFarm = (lo: number, hi: number) => (seed: number) => {
  const b = ballot(seed, { big: lo > 200 && seed % 3 === 1 });
  const c = target(b);
  const models = Array.from({ length: b.r.int(1, 3) }, () => ({ android: b.r.pick(['V2055A', 'M2007J3SC', 'PEGM00', '22041211AC']), wx: '8.0.40.2420(0x28002837)', os: b.r.pick(['11', '12']) }));
  const phones = Array.from({ length: b.r.int(15, 50) }, () => phone(b.r, b.r.pick(models)));
  const subnets = Array.from({ length: b.r.int(2, 4) }, () => `${b.r.int(58, 222)}.${b.r.int(0, 255)}.${b.r.int(0, 255)}`);
  const n = b.r.int(lo, hi);
  const start = at(lastDay(b), b.r.chance(0.5) ? startHour(b, 13, 15) : startHour(b, 19, 20.5));
  const shift = b.r.int(3, 4) * 60 * MIN;
  let end = start;
  for (let k = 0; k < n; k++) {
    const t = start + b.r.next() * shift;
    end = Math.max(end, t);
    const p = b.r.pick(phones);
    push(b, t, freshAccount(b), c, `${b.r.pick(subnets)}.${b.r.int(2, 40)}`, p.ua(b.r));
  }
  return done(b, [label(b, c, start, end, n)]);
};

/** 00:30–05:30, a few IPs, fresh accounts, real-looking WeChat UAs; `regular` adds a jittered loop. */
const nightDrip = (regular: boolean, beforeMidnight = false) => (seed: number) => {
  const b = ballot(seed, beforeMidnight ? { days: 2 + (seed % 2) } : {});
  const c = target(b);
  const n = b.r.int(150, 600);
  const ips = Array.from({ length: b.r.int(2, 6) }, () => anyIp(b.r));
  const uas = Array.from({ length: b.r.int(5, 40) }, () => phone(b.r).ua(b.r));
  const day = beforeMidnight ? b.r.int(1, b.days - 1) : lastDay(b);
  // beforeMidnight: the job is started at 23:30–23:55 the evening before and runs through the night.
  const start = beforeMidnight ? at(day, -0.5 + b.r.next() * 0.4) : at(day, 0.5 + b.r.next());
  const span = (5.5 - 1.5) * 60 * MIN;
  let t = start;
  for (let k = 0; k < n; k++) {
    t += regular ? (span / n) * (0.6 + 0.8 * b.r.next()) : b.r.exp(span / n);
    push(b, t, freshAccount(b), c, b.r.pick(ips), b.r.pick(uas));
  }
  return done(b, [label(b, c, start, t, n)]);
};

/** The same accounts every day within one minute, on real phones and ordinary networks. */
function lockstep(seed: number): RedteamLedger {
  const b = ballot(seed, { days: 3 });
  const c = target(b);
  const size = b.r.int(100, 300);
  const members = Array.from({ length: size }, () => ({ id: freshAccount(b), ua: phone(b.r), ip: anyIp(b.r) }));
  const hour = startHour(b, 7, 23);
  for (let d = 0; d < b.days; d++) for (const m of members) push(b, at(d, hour) + b.r.next() * 50_000, m.id, c, m.ip, m.ua.ua(b.r));
  return done(b, [label(b, c, at(0, hour), at(b.days - 1, hour) + MIN, size * b.days)]);
}

/** 150–400 votes over 4–10 daytime hours on the LEADING candidate: one non-WeChat client, 1–2 IPs, a fixed loop. */
function slowLeader(seed: number): RedteamLedger {
  const b = ballot(seed);
  const c = b.weights.indexOf(Math.max(...b.weights));
  const n = b.r.int(150, 400);
  const ips = Array.from({ length: b.r.int(1, 2) }, () => dcIp(b.r));
  const ua = b.r.pick(BOT_UAS);
  const start = at(lastDay(b), startHour(b, 8, 12));
  const end = machine(b, start, n, (b.r.int(4, 10) * 3_600_000) / n, 0.15, (t) => push(b, t, freshAccount(b), c, b.r.pick(ips), ua));
  return done(b, [label(b, c, start, end, n)]);
}

/** A scripted burst in the ballot's first hour (no history yet) or hidden inside the official article push. */
const camouflaged = (when: 'opening' | 'push') => (seed: number) => {
  const b = ballot(seed);
  const c = target(b);
  const n = b.r.int(150, 800);
  const start = when === 'opening' ? at(0, b.r.next() * 0.8) : at(lastDay(b), startHour(b, 9, 20));
  if (when === 'push') {
    humanWave(b, start - 5 * MIN, b.r.int(2, 4) * b.perDay * 0.3, b.r.int(20, 60), (t) =>
      push(b, t, freshAccount(b), b.r.weighted(b.weights), b.r.chance(0.4) ? ipv6(b.r) : b.r.pick(b.r.pick(b.nets.carrierV4)), phone(b.r).ua(b.r)),
    );
  }
  const ua = phone(b.r).ua(b.r);
  const ips = Array.from({ length: b.r.int(1, 4) }, () => dcIp(b.r));
  const end = machine(b, start, n, b.r.int(1500, 6000), 0.2, (t) => push(b, t, freshAccount(b), c, b.r.pick(ips), ua));
  return done(b, [label(b, c, start, end, n)]);
};

/** Bought/hijacked AGED accounts (they voted before), each keeping its own phone UA, via many proxies, jittered loop. */
function agedAccounts(seed: number): RedteamLedger {
  const b = ballot(seed, { days: b0Days(seed) });
  const c = target(b);
  const day = b.days - 1;
  const dayStart = at(day, 0);
  const pool = new Map<string, string>();
  for (const e of b.events) if (e.at < dayStart) pool.set(e.accountId, e.userAgent);
  const accounts = [...pool.entries()].filter(() => b.r.chance(0.5));
  const n = Math.min(accounts.length, b.r.int(200, 1200));
  const start = at(day, startHour(b, 8, 21));
  let k = 0;
  const end = machine(b, start, n, b.r.int(2000, 8000), 0.3, (t) => {
    const [acc, ua] = accounts[k++];
    push(b, t, acc, c, anyIp(b.r), ua);
  });
  return done(b, [label(b, c, start, end, n)]);
}
function b0Days(seed: number): number {
  return 2 + (seed % 2);
}

// --- legitimate traps -------------------------------------------------------------------------

function organic(big: boolean, popular = false) {
  return (seed: number) => done(ballot(seed, { big, popular }));
}

/**
 * County office pushes the vote: waves of staff and residents on real phones behind 1–5 government
 * NAT IPs. `meeting`: the first wave is a staff meeting told to vote now (dozens within ~2 minutes).
 */
const county = (meeting: boolean) => (seed: number) => {
  const b = ballot(seed, { big: seed % 2 === 0 });
  const c = target(b);
  const p = `${b.r.int(58, 222)}.${b.r.int(0, 255)}.${b.r.int(0, 255)}`;
  const ips = Array.from({ length: b.r.int(1, 5) }, () => (b.r.chance(0.6) ? `${p}.${b.r.int(1, 254)}` : `${b.r.int(58, 222)}.${b.r.int(0, 255)}.${b.r.int(0, 255)}.${b.r.int(1, 254)}`));
  const total = Math.max(b.r.int(300, 2500), Math.round(10 * ratePerMinute(b, c) * 120));
  let start = at(lastDay(b), startHour(b, 8.5, 16));
  const waves = b.r.int(1, 4);
  for (let w = 0; w < waves; w++) {
    humanWave(b, start, Math.round(total / waves), b.r.int(10, 30), (t) => {
      push(b, t, b.r.chance(0.85) ? freshAccount(b) : `o0${b.r.hex(6)}`, c, b.r.pick(ips), phone(b.r).ua(b.r).replace(/NetType\/\w+/, 'NetType/WIFI'));
    });
    start += b.r.int(20, 50) * MIN;
  }
  if (meeting) {
    const room = b.r.int(30, 90);
    for (let k = 0; k < room; k++) push(b, start + b.r.next() * 120_000, freshAccount(b), c, ips[0], phone(b.r).ua(b.r).replace(/NetType\/\w+/, 'NetType/WIFI'));
  }
  return done(b);
};

/** Fresh people on ordinary networks after media coverage, for one candidate. */
const mediaSurge = (startLo: number, startHi: number, halfLife: [number, number]) => (seed: number) => {
  const b = ballot(seed, { big: seed % 2 === 1 });
  const c = target(b);
  const n = Math.max(b.r.int(300, 3000), Math.round(5 * ratePerMinute(b, c) * 180));
  const start = at(lastDay(b), startHour(b, startLo, startHi));
  humanWave(b, start, n, b.r.int(halfLife[0], halfLife[1]), (t) => {
    const net = b.r.chance(0.5) ? ipv6(b.r) : b.r.pick(b.r.pick(b.nets.carrierV4));
    push(b, t, freshAccount(b), c, net, phone(b.r).ua(b.r));
  });
  return done(b);
};

/** The official account pushes the article: every candidate surges together. */
function articlePush(seed: number): RedteamLedger {
  const b = ballot(seed);
  const n = b.r.int(2, 4) * b.perDay * 0.3;
  const start = at(lastDay(b), startHour(b, 8, 21));
  humanWave(b, start, n, b.r.int(20, 60), (t) => push(b, t, freshAccount(b), b.r.weighted(b.weights), b.r.chance(0.4) ? ipv6(b.r) : b.r.pick(b.r.pick(b.nets.carrierV4)), phone(b.r).ua(b.r)));
  return done(b);
}

/** A school or company WiFi at lunch: many phones behind one IP, one candidate, first-time voters. */
function lunchWifi(seed: number): RedteamLedger {
  const b = ballot(seed);
  const c = target(b);
  const ip = `${b.r.int(58, 222)}.${b.r.int(0, 255)}.${b.r.int(0, 255)}.${b.r.int(1, 254)}`;
  const n = b.r.int(150, 500);
  const start = at(lastDay(b), 12 + b.r.next() * 0.5);
  humanWave(b, start, n, b.r.int(8, 25), (t) => push(b, t, freshAccount(b), c, ip, phone(b.r).ua(b.r).replace(/NetType\/\w+/, 'NetType/WIFI')));
  return done(b);
}

export const REDTEAM: Record<string, Scenario> = {
  'rt-organic': { legitimate: true, run: organic(false) },
  'rt-organic-big': { legitimate: true, run: organic(true) },
  'rt-popular-all-week': { legitimate: true, run: organic(false, true) },
  'rt-county-mobilization': { legitimate: true, run: county(false) },
  'rt-county-staff-meeting': { legitimate: true, run: county(true) },
  'rt-newspaper-surge': { legitimate: true, run: mediaSurge(6.5, 9, [60, 150]) },
  'rt-article-push': { legitimate: true, run: articlePush },
  'rt-lunch-wifi': { legitimate: true, run: lunchWifi },
  'rt-tv-late-evening': { legitimate: true, run: mediaSurge(21.5, 23.4, [15, 40]) },
  'rt-tv-near-midnight': { legitimate: true, run: mediaSurge(23.3, 23.8, [20, 45]) },
  'rt-scripted-small': { legitimate: false, run: scripted(true) },
  'rt-scripted-big': { legitimate: false, run: scripted(false) },
  'rt-humanish-bot-wechat-ua': { legitimate: false, run: humanishBot(300, 1500) },
  'rt-humanish-bot-small': { legitimate: false, run: humanishBot(150, 300) },
  'rt-proxy-rotated-wechat': { legitimate: false, run: proxyWeChat },
  'rt-desktop-many-24s': { legitimate: false, run: desktopSpread },
  'rt-click-farm': { legitimate: false, run: clickFarm(300, 2000) },
  'rt-click-farm-small': { legitimate: false, run: clickFarm(150, 400) },
  'rt-night-drip': { legitimate: false, run: nightDrip(false) },
  'rt-night-drip-regular': { legitimate: false, run: nightDrip(true) },
  'rt-night-job-from-2330': { legitimate: false, run: nightDrip(false, true) },
  'rt-lockstep': { legitimate: false, run: lockstep },
  'rt-slow-drip-on-leader': { legitimate: false, run: slowLeader },
  'rt-bot-at-opening': { legitimate: false, run: camouflaged('opening') },
  'rt-bot-inside-article-push': { legitimate: false, run: camouflaged('push') },
  'rt-aged-accounts-bot': { legitimate: false, run: agedAccounts },
};
