import { MINUTE } from '../../heldout/calendar';
import { makeDevice, MODELS, RELEASE_COUNT } from '../model/devices';
import { at, labelled, organicSize, rankedBetween, scaled, type Family } from './family';

/**
 * X2, attack: a machine pours votes for a mid-table volunteer from a Fujian IDC. The vendor's tool
 * ramps up over a couple of minutes, then sends at a steady Poisson rate of 25–90 a minute for
 * 35–70 minutes: every vote a fresh account, a UA from a rotating list of eight strings (one WeChat
 * build), addresses cycling over three to five /24s of the data centre. It strikes once in a quiet
 * afternoon or after midnight, and in half the runs again the next night, smaller.
 */
export const scriptedBurst: Family = {
  id: 'X2',
  kind: 'attack',
  description: 'IDC script pours 1.8-3.2k fresh-account votes in under an hour, 8 rotating UAs, 3-5 /24s',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger } = ctx;
    const cand = rankedBetween(ctx, 6, 16);
    const release = RELEASE_COUNT - 1 - rng.int(0, 2);
    const android = MODELS.filter((x) => x.os === 'android');
    const uas = Array.from({ length: 8 }, () => makeDevice(rng, 'county', { model: rng.pick(android), release }).ua(rng.chance(0.5) ? 'WIFI' : '4G'));
    const prefixes = net.hostingPrefixes(rng, 'fujianIdc', rng.int(3, 5));
    const strikes = rng.chance(0.5) ? 2 : 1;
    const firstDay = rng.int(1, 4);
    for (let s = 0; s < strikes; s++) {
      const source = labelled(ctx, `x2-burst-${s + 1}`, 'attack', cand, 'x2-burst');
      const afternoon = s === 0 ? rng.chance(0.5) : false;
      const start = afternoon ? at(ctx, firstDay, 14, rng.int(0, 50)) : at(ctx, firstDay + s, 0, 0) + rng.uniform(60, 150) * MINUTE;
      const total = scaled(ctx.scale, s === 0 ? rng.int(1800, 3200) : rng.int(700, 1400), 20);
      const minutes = rng.uniform(35, 70);
      const rate = total / minutes; // per minute at full speed
      let t = start;
      for (let i = 0; i < total; i++) {
        const ramp = Math.min(1, 0.25 + (t - start) / (3 * MINUTE));
        t += rng.exponential(1 / (rate * ramp)) * MINUTE;
        ledger.add({ at: Math.round(t), accountId: ledger.newAccount(), candidateIds: [cand.id], ip: `${prefixes[i % prefixes.length]}.${rng.int(2, 254)}`, userAgent: uas[i % uas.length], source });
      }
    }
  },
};
