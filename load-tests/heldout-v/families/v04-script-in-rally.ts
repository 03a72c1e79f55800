import { MINUTE } from '../../heldout/calendar';
import type { Place } from '../model/places';
import type { Segment } from '../model/rhythm';
import { copiedUa } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V4, a script hidden in a genuine rally. SF Express's Ningbo area pushes the vote for its Yinzhou
 * courier at the 08:30 morning meeting of day 2-4: 4,500-6,800 real people vote over the next
 * hours (couriers on the depots' Wi-Fi, then their customers as the forward spreads to route
 * groups), on their own phones and networks. Riding that wave, a vendor hired by someone on the
 * courier's side adds 900-1,300 votes (never more than a quarter of the rally) from two Alibaba
 * Cloud /24s with one or two copied UA strings, one every 10-14 s for three to four hours, fresh
 * accounts each.
 */
export const scriptInRally: Family = {
  id: 'V4',
  kind: 'attack',
  description: 'script in a real SF rally: ~1k votes from 2 cloud /24s, 1-2 UAs, inside 5k+ real',
  seeds: [1, 2, 3],
  ballot: { needs: [{ city: 'ningbo', district: '鄞州区', company: 'sf', route: 'residential', rank: [6, 14] }] },
  organicVotes: (rng) => organicSize(rng, 32_000),
  build(ctx) {
    const { rng, ballot, rhythm, ledger, net, people, crowd, scale } = ctx;
    const client = ballot.cast[0];
    const day = rng.int(1, 3);
    const push = rhythm.at(day, 8, 30 + rng.int(0, 15));
    const ningbo: Place = { kind: 'zhejiang', city: 'ningbo' };
    const rally = ctx.ledger.source({ name: 'v4-rally', kind: 'legit', candidateId: client.id, group: 'v4-rally' });
    const m = scaled(scale, rng.int(4500, 6800), 30);
    let rallied = 0;
    for (let i = 0; i < m; i++) {
      const colleague = rng.chance(0.22);
      const segment: Segment = colleague ? 'courier' : rng.pick(['urban', 'urban', 'urban', 'elder', 'merchant'] as const);
      const p = people.create(rng, { segment, place: ningbo, home: !colleague && rng.chance(0.7), work: colleague ? crowd.depot('sf', 'ningbo', rng.int(0, 999)) : undefined });
      // Couriers react in the meeting; customers when the forward reaches their group.
      const at = colleague ? push + rng.logNormal(9, 0.8) * MINUTE : push + (rng.logNormal(25, 0.7) + rng.logNormal(35, 1.0)) * MINUTE;
      if (rhythm.dayOf(at) !== day) continue;
      people.vote(rng, rally, p, at, crowd.selection(rng, client, colleague), colleague ? (rng.chance(0.8) ? 'work' : 'mobile') : 'auto');
      rallied++;
      // Some keep voting in the following days, like any supporter.
      for (let d = day + 1; d < rhythm.days; d++) {
        if (rng.chance(0.3 * Math.pow(0.85, d - day))) people.vote(rng, crowd.source, p, rhythm.onDay(rng, d, segment), crowd.selection(rng, client, colleague));
      }
    }
    const script = ctx.ledger.source({ name: 'v4-script', kind: 'attack', candidateId: client.id, group: 'v4-script' });
    const n = Math.min(scaled(scale, rng.int(900, 1300)), Math.floor(rallied * 0.25));
    const uas = rng.chance(0.5) ? [copiedUa(rng, ctx, 'courier')] : [copiedUa(rng, ctx, 'courier'), copiedUa(rng, ctx, 'urban')];
    const nets = [net.hosting24(rng, 'aliyun'), net.hosting24(rng, 'aliyun')];
    const hosts = nets.flatMap((pre) => Array.from({ length: rng.int(4, 6) }, () => `${pre}.${rng.int(2, 253)}`));
    const step = Math.min(rng.uniform(10_000, 14_000), (3.8 * 60 * MINUTE) / Math.max(1, n));
    let t = push + rng.int(20, 40) * MINUTE;
    for (let i = 0; i < n; i++) {
      t += step + rng.uniform(-1500, 1500);
      ledger.add({ at: Math.floor(t), accountId: ledger.newAccount(), candidateIds: [client.id], ip: rng.pick(hosts), userAgent: rng.pick(uas), source: script });
    }
  },
};
