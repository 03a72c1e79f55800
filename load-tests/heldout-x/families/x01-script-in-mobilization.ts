import { MINUTE } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import { candidateByProfile } from '../model/ballot';
import { makeDevice, modelByCode, RELEASE_COUNT } from '../model/devices';
import type { Home } from '../model/people';
import { at, labelled, laterDays, organicSize, scaled, type Family } from './family';

/**
 * X1, attack: Jinjiang's chamber of commerce pushes its volunteer to the member firms and the
 * townships one morning or evening: 4,500–7,000 real people (shoe and garment workers behind their
 * factories' exits, residents, natives working in Xiamen) vote over the next hours, in waves as
 * bosses and village cadres re-forward. The vendor the chamber's secretary hired in the same hours
 * "rides the wave": ~900–1,300 votes from fresh accounts, whose send times are drawn from the same
 * wave shape (so the hourly curve looks like the mobilization's), but all from two cloud /24s with
 * one or two UA strings and whole-second timestamps.
 */
export const scriptInMobilization: Family = {
  id: 'X1',
  kind: 'attack',
  description: 'Jinjiang chamber mobilizes 4.5-7k members; a cloud script rides the same waves with ~1k votes',
  seeds: [1, 2, 3],
  ballot: { need: ['jinjiang-chamber'] },
  organicVotes: (rng) => organicSize(rng, 32_000),
  build(ctx) {
    const { rng, people, ballot, crowd, net } = ctx;
    const cand = candidateByProfile(ballot, 'jinjiang-chamber');
    const day = rng.int(1, 3);
    const evening = rng.chance(0.4);
    const pushAt = at(ctx, day, evening ? 20 : 9, rng.int(0, 40));
    const waves = [pushAt, pushAt + rng.uniform(20, 50) * MINUTE, pushAt + rng.uniform(60, 120) * MINUTE, pushAt + rng.uniform(150, 240) * MINUTE];
    const waveWeight = [0.45, 0.25, 0.18, 0.12];
    const waveTime = (r: Rng) => waves[r.weightedIndex(waveWeight)] + (r.chance(0.85) ? r.gamma(1.3, 13) : r.logNormal(70, 0.6)) * MINUTE;

    const members = scaled(ctx.scale, rng.int(4500, 7000), 30);
    const legit = labelled(ctx, 'x1-mobilization', 'legit', cand, 'x1-mobilization');
    const factories = Array.from({ length: rng.int(4, 7) }, (_, i) => net.nat(rng, 'quanzhou', rng.int(1, 2), `jinjiang-factory-${i}`));
    for (let i = 0; i < members; i++) {
      const u = rng.next();
      let person;
      if (u < 0.36) {
        // Factory workers: at the line on a morning push, in the dormitory on an evening one; both behind the firm's exit.
        const nat = rng.pick(factories);
        const dorm: Home = { addressOn: () => nat.addresses[0] };
        person = people.make(rng, { city: 'quanzhou', segment: 'town', market: 'county', office: nat, home: dorm, wifi: 0.85 });
      } else if (u < 0.82) {
        person = people.make(rng, { city: 'quanzhou', segment: rng.chance(0.7) ? 'town' : 'elder', market: 'county' });
      } else if (u < 0.93) {
        person = people.make(rng, { city: 'xiamen', segment: 'office', market: 'city' });
      } else {
        person = people.make(rng, { city: 'quanzhou', segment: 'office', market: 'city', outside: rng.int(0, 5) });
      }
      const t = waveTime(rng);
      people.vote(rng, person, t, crowd.selection(rng, cand), legit);
      laterDays(ctx, person, cand, t, 0.3);
    }

    // The script: fresh accounts, two cloud /24s, one or two UA strings, a vote every few seconds at most.
    const script = labelled(ctx, 'x1-script', 'attack', cand, 'x1-script');
    const count = Math.min(Math.round(members * 0.24), scaled(ctx.scale, rng.int(900, 1300)));
    const prefixes = [...net.hostingPrefixes(rng, 'tencent', 1), ...net.hostingPrefixes(rng, 'aliyun', 1)];
    const hosts = prefixes.flatMap((p) => Array.from({ length: rng.int(4, 10) }, () => `${p}.${rng.int(2, 250)}`));
    const release = RELEASE_COUNT - 1 - rng.int(1, 3);
    const uas = [makeDevice(rng, 'county', { model: modelByCode('V2166A'), release }).ua('4G')];
    if (rng.chance(0.6)) uas.push(makeDevice(rng, 'county', { model: modelByCode('PGBM10'), release }).ua('WIFI'));
    const times = Array.from({ length: count }, () => waveTime(rng)).sort((a, b) => a - b);
    let last = 0;
    for (const raw of times) {
      const t = Math.max(raw, last + 2500);
      last = t;
      ctx.ledger.add({ at: Math.floor(t / 1000) * 1000 + rng.int(0, 250), accountId: ctx.ledger.newAccount(), candidateIds: [cand.id], ip: rng.pick(hosts), userAgent: rng.pick(uas), source: script });
    }
  },
};
