import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { androidPhone } from '../model/devices';
import { organicSize, rawVote, scaled, type Family } from './family';

/**
 * A county pushes its residents through the government's own channels one weekday morning, and
 * the vendor it also hired runs a script in the same hours: the script is at most 30% of the
 * residents (so under a quarter of the burst), fresh accounts, one user agent, two cloud /24s.
 */
export const scriptInMobilization: Family = {
  id: 'N1',
  kind: 'attack',
  description: 'script of ~1,000 votes hidden in a county mobilization of thousands',
  seeds: [1, 2, 3],
  ballot: { category: 'county' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 2, 8);
    const d = rng.int(1, 3);
    const notice = rhythm.clock(d, 9, rng.int(0, 40));
    const mobilization = ledger.source({ name: 'N1 county mobilization', kind: 'legit', candidateId: target.id, group: 'mobilization' });
    // Government exits: the county's e-government network, the schools' network, the hospital.
    const gov = [...net.nat(rng, 'telecom', target.cityKey, 4), ...net.nat(rng, 'telecom', target.cityKey, 2), ...net.nat(rng, 'unicom', target.cityKey, 1)];
    const residents = scaled(scale, rng.int(4000, 7000), 60);
    for (let i = 0; i < residents; i++) {
      const staff = rng.chance(0.45);
      const p = people.make(rng, { area: target.cityKey, profile: 'town', segment: rng.chance(0.3) ? 'city' : 'town', office: staff ? gov : undefined });
      // Cadres pass it to villages and families: a fast first hour, then a long tail.
      const at = notice + (rng.chance(0.6) ? rng.gamma(1.2, 22 * MINUTE) : rng.gamma(1.6, 90 * MINUTE));
      people.vote(rng, p, at, people.picks(rng, target), mobilization);
    }
    const script = ledger.source({ name: 'N1 script', kind: 'attack', candidateId: target.id, group: 'script' });
    const count = Math.min(scaled(scale, rng.int(900, 1150), 20), Math.floor(residents * 0.3));
    const exits = [net.hosting(rng), net.hosting(rng)].flatMap((block) => Array.from({ length: rng.int(3, 6) }, () => `${block}.${rng.int(2, 250)}`));
    const ua = androidPhone(rng, 'town', { code: 'V2254A' }).ua('WIFI');
    const step = rng.uniform(4, 7) * 1000;
    let t = notice + rng.int(5, 20) * MINUTE;
    for (let i = 0; i < count; i++, t += step + rng.uniform(-250, 250)) {
      rawVote(ctx, t, ledger.newAccount(), [target.id], exits[i % exits.length], ua, script);
    }
  },
};
