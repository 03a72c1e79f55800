import { block24, elsewhereIp, HOSTING, inBlock } from '../geo';
import { MODELS, phone, spoofedAndroid } from '../phones';
import { diurnal } from '../crowd';
import { MIN } from '../time';
import type { CFamily } from './kind';
import { after, at, ballotDay, byRank, daily, group } from './kit';

/** Attacks that hide: inside a real mobilization, on real phones, or spread thin over days. */

export const C1: CFamily = {
  id: 'C1',
  kind: 'attack',
  description: 'script at a fixed pace from 2-3 cloud /24s, 1-3 UA strings, under a third of a real evening mobilization',
  seeds: [1, 2, 3],
  organic: (rng) => rng.int(30_000, 45_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.3, 0.6));
    const day = rng.int(1, 4);
    const start = at(s, day, rng.uniform(19, 20.5));
    // The county's real push: staff and their families, over two to three hours.
    const mob = s.source({ name: 'mobilization', kind: 'legit', candidateId: s.ballot.candidates[c].id, group: group(s, 'C1-mobilization', c) });
    const people = rng.int(1400, 2600);
    for (let i = 0; i < people; i++) s.vote(rng, s.person(rng), after(rng, start, 35, 0.8), s.choose(rng, c, 0.2), mob);
    // The script rides the wave: same ballot link, constant interval, fresh openids bought in bulk.
    const src = s.source({ name: 'script', kind: 'attack', candidateId: s.ballot.candidates[c].id, group: group(s, 'C1', c) });
    const n = Math.floor(people * rng.uniform(0.15, 0.3));
    const blocks = Array.from({ length: rng.int(2, 3) }, () => block24(rng, rng.pick(HOSTING)));
    const uas = Array.from({ length: rng.int(1, 3) }, () => phone(rng, { ios: 0.6 }).ua('WIFI'));
    const gap = (rng.uniform(100, 150) * MIN) / n;
    let t = start + rng.uniform(10, 25) * MIN;
    for (let i = 0; i < n; i++, t += gap * rng.uniform(0.95, 1.05)) s.cast(t, s.newAccount(), [s.ballot.candidates[c].id], inBlock(rng, rng.pick(blocks)), rng.pick(uas), src);
  },
};

export const C2: CFamily = {
  id: 'C2',
  kind: 'attack',
  description: 'click farm: 30-60 real phones, each logs into 15-25 fresh accounts in turn every 5-8 min, 2-3 IPs',
  seeds: [1, 2],
  organic: (rng) => rng.int(35_000, 55_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.4, 0.8));
    const src = s.source({ name: 'farm', kind: 'attack', candidateId: s.ballot.candidates[c].id, group: group(s, 'C2', c) });
    const farm = s.person(rng, { home: true });
    const ips = [farm.home?.ip ?? elsewhereIp(rng), elsewhereIp(rng), s.pools.pool(farm.carrier, 'jx').draw(rng)];
    const start = at(s, rng.int(1, 5), rng.uniform(13, 20));
    const phones = rng.int(30, 60);
    for (let k = 0; k < phones; k++) {
      // A worker's routine: log out, switch account, open the shared link, tick, submit.
      const p = phone(rng, { ios: 0.15, budget: true });
      const cycle = rng.uniform(5, 8.5) * MIN;
      let t = start + rng.uniform(0, 20) * MIN;
      const ip = rng.pick(ips);
      for (let a = rng.int(15, 25); a > 0; a--, t += cycle * rng.uniform(0.9, 1.1) + (rng.chance(0.05) ? rng.uniform(5, 20) * MIN : 0)) {
        s.cast(t, s.newAccount(), [s.ballot.candidates[c].id], rng.chance(0.85) ? ip : rng.pick(ips), p.ua('WIFI'), src);
      }
    }
  },
};

export const C3: CFamily = {
  id: 'C3',
  kind: 'attack',
  description: 'slow drip over 5 days along the daily rhythm: residential proxies nationwide, 40 recycled UA strings',
  seeds: [1, 2, 3],
  organic: (rng) => rng.int(40_000, 60_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.15, 0.45));
    const src = daily(s, 'drip', 'attack', c, group(s, 'C3', c));
    // Strings scraped once from real phones: the MMWEBID inside never changes.
    const uas = Array.from({ length: 40 }, (_, i) => spoofedAndroid(MODELS[i % MODELS.length], MODELS[i % MODELS.length].build, i, rng.int(1000, 9999), rng.pick(['WIFI', '4G', '5G'] as const)));
    const accounts = Array.from({ length: rng.int(250, 400) }, () => s.newAccount());
    const first = rng.int(1, 2);
    for (let d = first; d < first + 5; d++) {
      const today = rng.int(100, 180);
      for (let i = 0; i < today; i++) {
        const acct = rng.chance(0.6) ? rng.pick(accounts) : s.newAccount();
        s.cast(diurnal(rng, s, ballotDay(s, d)), acct, s.choose(rng, c, 0.3), elsewhereIp(rng), rng.pick(uas), src(d));
      }
    }
  },
};
