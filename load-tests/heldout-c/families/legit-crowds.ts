import { Pool } from '../geo';
import { isRestDay } from '../crowd';
import { pickModel } from '../phones';
import { shHour } from '../time';
import { HOUR, MIN } from '../time';
import type { CFamily } from './kind';
import { after, at, byRank, daily, group, poissonTimes } from './kit';

/** Honest crowds that look organised: shift workers, issued phones, a county's offices, a viral post. */

export const C8: CFamily = {
  id: 'C8',
  kind: 'legit',
  description: "night-shift city: an industrial park's workers give one candidate ~4x its day share every night, 22-04 h",
  seeds: [1, 2, 3],
  organic: (rng) => rng.int(30_000, 45_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.2, 0.5));
    const src = daily(s, 'night-shift', 'legit', c, group(s, 'C8', c));
    const region = `park-${c}`;
    // Size the nights so the candidate's night share is about four times its day share.
    const id = s.ballot.candidates[c].id;
    let day = 0, dayC = 0, night = 0, nightC = 0;
    for (const v of s.added()) {
      const h = shHour(v.at);
      const mine = v.candidateIds.includes(id) ? 1 : 0;
      if (h >= 22 || h < 4) {
        night++;
        nightC += mine;
      } else if (h >= 8) {
        day++;
        dayC += mine;
      }
    }
    const want = Math.min(0.6, (4 * Math.max(dayC, 1)) / Math.max(day, 1));
    const extra = Math.max(50, Math.round((want * night - nightC) / (1 - want) / 7));
    const workers: ReturnType<typeof s.person>[] = [];
    for (let d = 0; d < 7; d++) {
      const tonight = Math.round(extra * rng.uniform(0.8, 1.2));
      for (const t of poissonTimes(rng, at(s, d, 22), at(s, d, 28), tonight)) {
        const w = workers.length > 0 && rng.chance(0.3) ? rng.pick(workers) : s.person(rng, { region, home: false, ios: 0.12 });
        workers.push(w);
        s.vote(rng, w, t, s.choose(rng, c, 0.15), src(d));
      }
    }
  },
};

export const C9: CFamily = {
  id: 'C9',
  kind: 'legit',
  description: 'state company staff on one issued phone model vote from the office NAT after the morning group message',
  seeds: [1, 2],
  organic: (rng) => rng.int(30_000, 45_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.3, 0.7));
    const src = daily(s, 'company', 'legit', c, group(s, 'C9', c));
    const office = new Pool(rng, ['218.65', '59.52'], rng.int(1, 2)).ips;
    const model = pickModel(rng, 'huawei');
    const staff = Array.from({ length: rng.int(150, 320) }, () => s.person(rng, { model, office, home: true }));
    for (let d = 0; d < 7; d++) {
      const msg = at(s, d, rng.uniform(9, 10.5));
      // The message goes out on working days; at weekends only sometimes.
      if (msg < s.ballot.opensAt || (isRestDay(s, msg) && rng.chance(0.7))) continue;
      for (const p of staff) if (rng.chance(d <= 1 ? 0.85 : 0.6)) s.vote(rng, p, after(rng, msg, 9, 0.8), s.choose(rng, c, 0.1), src(d));
    }
  },
};

export const C10: CFamily = {
  id: 'C10',
  kind: 'legit',
  description: "county mobilization: 2,000-4,000 civil servants and teachers in 2 h behind 4-8 office and school NATs",
  seeds: [1, 2],
  organic: (rng) => rng.int(40_000, 55_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.2, 0.6));
    const src = daily(s, 'county', 'legit', c, group(s, 'C10', c));
    const nats = Array.from({ length: rng.int(4, 8) }, () => new Pool(rng, ['218.87', '59.55', '117.41'], rng.int(1, 3)).ips);
    const notice = at(s, rng.int(1, 2), rng.uniform(9, 10.5));
    const people = Array.from({ length: rng.int(2000, 4000) }, () => s.person(rng, { office: rng.chance(0.8) ? rng.pick(nats) : undefined }));
    for (const p of people) s.vote(rng, p, after(rng, notice, 25, 0.9), s.choose(rng, c, 0.2), src(0));
    // A daily reminder in the work groups brings back a shrinking share.
    for (let d = 1; d < 5; d++) {
      const again = notice + d * 24 * HOUR + rng.uniform(-1, 1) * HOUR;
      for (const p of people) if (rng.chance(0.35 * 0.8 ** d)) s.vote(rng, p, after(rng, again, 40, 1.1), s.choose(rng, c, 0.2), src(d));
    }
  },
};

export const C11: CFamily = {
  id: 'C11',
  kind: 'legit',
  description: 'viral forward: a post about the candidate spreads through groups nationwide, 5,000-9,000 votes over a day',
  seeds: [1, 2],
  organic: (rng) => rng.int(35_000, 50_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.3, 0.8));
    const src = s.source({ name: 'viral', kind: 'legit', candidateId: s.ballot.candidates[c].id, group: group(s, 'C11', c) });
    // A cascade: each generation of forwards reaches more groups, later, until it fades.
    let wave = [at(s, rng.int(1, 4), rng.uniform(11, 20))];
    let total = 0;
    const cap = rng.int(5000, 9000);
    while (wave.length > 0 && total < cap) {
      const next: number[] = [];
      for (const t of wave) {
        for (let k = rng.poisson(total < cap / 3 ? 2.4 : 0.9); k > 0; k--) next.push(t + rng.logNormal(25, 0.8) * MIN);
        const readers = rng.int(3, 15);
        for (let r = 0; r < readers && total < cap; r++, total++) {
          const p = s.person(rng, { region: rng.chance(0.45) ? 'elsewhere' : 'jx' });
          s.vote(rng, p, after(rng, t, 12, 1.0), s.choose(rng, c, 0.1), src);
        }
      }
      wave = next.slice(0, 4000);
    }
  },
};
