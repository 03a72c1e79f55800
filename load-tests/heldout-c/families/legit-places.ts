import { Pool } from '../geo';
import { phone } from '../phones';
import type { Person } from '../scenario';
import { MIN } from '../time';
import type { CFamily } from './kind';
import { after, at, byRank, daily, group } from './kit';

/** Honest places with odd shapes: a hospital's shifts, a township on one ISP, launch hour, natives far away. */

export const C12: CFamily = {
  id: 'C12',
  kind: 'legit',
  description: "county hospital: staff vote at the 08:00, 17:00 and 00:00 shift changes from 2 Wi-Fi NATs, all week",
  seeds: [1, 2],
  organic: (rng) => rng.int(30_000, 45_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.3, 0.7));
    const src = daily(s, 'hospital', 'legit', c, group(s, 'C12', c));
    const wifi = new Pool(rng, ['117.43', '182.105'], 2).ips;
    const staff = Array.from({ length: rng.int(500, 900) }, () => ({ p: s.person(rng, { home: true }), shift: rng.weightedIndex([5, 3, 2]) }));
    for (let d = 0; d < 7; d++) {
      for (const { p, shift } of staff) {
        if (!rng.chance(d === 0 ? 0.7 : 0.45)) continue;
        const change = at(s, d, [8, 17, 24][shift] + rng.uniform(-0.4, 0.2));
        const t = after(rng, change, 12, 0.7);
        // On the ward Wi-Fi most of the time; the rest on 4G/5G at the door.
        if (rng.chance(0.7)) s.cast(t, p.account, [s.ballot.candidates[c].id], rng.pick(wifi), p.phone.ua('WIFI'), src(d));
        else s.vote(rng, p, t, s.choose(rng, c, 0.1), src(d));
      }
    }
  },
};

export const C13: CFamily = {
  id: 'C13',
  kind: 'legit',
  description: 'rural township on one ISP: 8 broadband and ~30 4G addresses, old phones, relatives share phones, 19:30 village group',
  seeds: [1, 2, 3],
  organic: (rng) => rng.int(30_000, 45_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.3, 0.8));
    const src = daily(s, 'township', 'legit', c, group(s, 'C13', c));
    const broadband = new Pool(rng, ['223.84', '223.86'], 8);
    const cell = s.pools.pool('cmcc', `town-${c}`, 30);
    const households = Array.from({ length: rng.int(700, 1300) }, () => {
      const ph = phone(rng, { budget: true, ios: 0.08 });
      // A grandparent's and a spouse's account are often on the young person's phone.
      const n = rng.chance(0.35) ? rng.int(2, 3) : 1;
      return { ph, accounts: Array.from({ length: n }, () => s.newAccount()), wired: rng.chance(0.6) };
    });
    for (let d = 0; d < 7; d++) {
      const msg = at(s, d, 19.5 + rng.uniform(-0.3, 0.5));
      for (const h of households) {
        if (!rng.chance(d === 0 ? 0.75 : 0.5)) continue;
        let t = after(rng, msg, 30, 1.0);
        const ip = h.wired ? broadband.draw(rng) : cell.draw(rng);
        for (const acct of h.accounts) {
          s.cast(t, acct, [s.ballot.candidates[c].id], h.wired ? ip : cell.draw(rng), h.ph.ua(h.wired ? 'WIFI' : '4G'), src(d));
          t += rng.uniform(0.5, 4) * MIN;
        }
      }
    }
  },
};

export const C14: CFamily = {
  id: 'C14',
  kind: 'legit',
  description: "launch hour: the official account's push features one candidate's photo, which takes ~30% of the first 90 min",
  seeds: [1, 2],
  organic: (rng) => rng.int(35_000, 50_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.3, 0.7));
    const src = s.source({ name: 'featured', kind: 'legit', candidateId: s.ballot.candidates[c].id, group: group(s, 'C14', c) });
    const launch = s.added().filter((v) => v.at < s.ballot.opensAt + 90 * MIN).length;
    const n = Math.round(launch * rng.uniform(0.35, 0.5));
    for (let i = 0; i < n; i++) {
      const p: Person = s.person(rng);
      s.vote(rng, p, after(rng, s.ballot.opensAt, 15, 0.9), s.choose(rng, c, 0.5), src);
    }
  },
};

export const C15: CFamily = {
  id: 'C15',
  kind: 'legit',
  description: "diaspora: a township's natives in Guangdong, Zhejiang and Shanghai vote every evening from the hometown group",
  seeds: [1, 2],
  organic: (rng) => rng.int(30_000, 45_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.3, 0.7));
    const src = daily(s, 'diaspora', 'legit', c, group(s, 'C15', c));
    const natives = Array.from({ length: rng.int(500, 1000) }, () => s.person(rng, { region: 'elsewhere' }));
    const joined: Person[] = [];
    for (let d = 0; d < 7; d++) {
      // The chamber of commerce's group grows as members add fellow villagers.
      while (joined.length < natives.length * Math.min(1, 0.3 + 0.12 * d)) joined.push(natives[joined.length]);
      const msg = at(s, d, rng.uniform(20.5, 22));
      for (const p of joined) if (rng.chance(0.65)) s.vote(rng, p, after(rng, msg, 20, 1.1), s.choose(rng, c, 0.1), src(d));
    }
  },
};
