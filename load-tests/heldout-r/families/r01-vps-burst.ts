import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { makeDevice } from '../model/devices';
import { attackSource, dayBetween, organicSize, scaled, type Family } from './family';

/**
 * A vote vendor's script on three rented VPS addresses: every vote a fresh account (bought
 * openids logged in by the script), one of four copied user-agent strings, one vote every
 * 2.5–5 s with ±20% jitter, for an afternoon or a small-hours stretch of one day.
 */
export const vpsBurst: Family = {
  id: 'R1',
  kind: 'attack',
  description: 'script on 3 VPS addresses, fresh accounts, 4 UAs, a vote every 2.5-5 s for 1-2.5 h',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, net, rhythm } = ctx;
    const target = midTable(rng, ballot, 2, 14);
    const src = attackSource(ctx, 'R1-script', target, 'R1');
    const prefixes = [net.cloudPrefix(rng), net.cloudPrefix(rng)];
    const ips = [0, 1, 2].map((i) => `${prefixes[i % 2]}.${rng.int(2, 253)}`);
    const uas = Array.from({ length: 4 }, () => makeDevice(rng, 'mid').ua('WIFI'));
    const day = dayBetween(ctx, 1, 5);
    let at = rng.chance(0.6) ? rhythm.between(rng, day, 13, 16) : rhythm.between(rng, day, 1, 3);
    const gap = rng.uniform(2500, 5000);
    const n = scaled(ctx.scale, Math.min(rng.int(900, 2200), (150 * MINUTE) / gap), 20);
    for (let i = 0; i < n; i++) {
      // The UA list rotates per request, not per account; the addresses round-robin.
      ctx.ledger.add({ at: Math.round(at), accountId: ctx.ledger.newAccount(), candidateIds: [target.id], ip: ips[i % 3], userAgent: rng.pick(uas), source: src });
      at += gap * rng.uniform(0.8, 1.2);
    }
  },
};
