import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { makeDevice } from '../model/devices';
import type { Segment } from '../model/rhythm';
import { attackSource, dayBetween, organicSize, scaled, surgeSource, type Family } from './family';

const RESIDENT_SEGMENTS: readonly Segment[] = ['village', 'townOffice', 'elder', 'city'];

/**
 * The county mobilizes for its teacher one morning (the education bureau's notice, then every
 * village group): 3,500–7,000 residents vote over the next hours on their own phones and
 * networks. In the same hours a vendor's script, bought by someone impatient, adds 400–1,500
 * votes (12–22% of the residents) at machine pacing (a vote every 6–12 s, ±1 s) from three
 * addresses in two hosting /24s with one or two user agents.
 */
export const scriptInMobilization: Family = {
  id: 'R4',
  kind: 'attack',
  description: 'county mobilization of 3.5-7k residents with a 400-1,500-vote script from 2 hosting /24s inside it',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, ledger } = ctx;
    const target = midTable(rng, ballot, 3, 12);
    const day = dayBetween(ctx, 1, 4);
    const push = rhythm.at(day, 9) + rng.uniform(0, 90 * MINUTE);
    const residents = scaled(ctx.scale, rng.int(3500, 7000), 40);
    const surge = surgeSource(ctx, 'R4-residents', target, 'R4-residents');
    const offices = Array.from({ length: 12 }, () => net.nat(rng, target.city, rng.int(1, 3)));
    for (let i = 0; i < residents; i++) {
      const segment = RESIDENT_SEGMENTS[rng.weightedIndex([0.4, 0.3, 0.15, 0.15])];
      const p = people.make(rng, { place: target.city, segment, home: rng.chance(0.55), work: segment === 'townOffice' ? rng.pick(offices) : undefined });
      people.vote(rng, p, push + rng.gamma(1.2, 55 * MINUTE), [target.id], surge);
    }
    const src = attackSource(ctx, 'R4-script', target, 'R4');
    const prefixes = [net.cloudPrefix(rng), net.cloudPrefix(rng)];
    const ips = [`${prefixes[0]}.${rng.int(2, 250)}`, `${prefixes[0]}.${rng.int(2, 250)}`, `${prefixes[1]}.${rng.int(2, 250)}`];
    const uas = Array.from({ length: rng.int(1, 2) }, () => makeDevice(rng, 'mid').ua('WIFI'));
    const n = Math.min(scaled(ctx.scale, 1500, 1), Math.max(scaled(ctx.scale, 400, 5), Math.round(residents * rng.uniform(0.12, 0.22))));
    const gap = rng.uniform(6000, 12000);
    let at = push + rng.uniform(20, 60) * MINUTE;
    for (let i = 0; i < n; i++) {
      ledger.add({ at: Math.round(at), accountId: ledger.newAccount(), candidateIds: [target.id], ip: rng.pick(ips), userAgent: rng.pick(uas), source: src });
      at += gap + rng.uniform(-1000, 1000);
    }
  },
};
