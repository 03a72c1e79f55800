import { HOUR } from '../../heldout/calendar';
import { makeDevice, userAgent } from '../model/devices';
import type { Elsewhere } from '../model/networks';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

const PROVINCES: readonly Elsewhere[] = ['guangdong', 'fujian', 'sichuan', 'zhejiang'];

/**
 * 秒拨 redial drip: dial-up "VPS" boxes that redial their home-broadband line between votes, so
 * every vote leaves from a fresh residential address (Yunnan and four other provinces' broadband
 * pools). Each vote a fresh account with a user agent from a list of 40 real strings. It drips
 * all week, roughly on the organic curve but never quite stopping at night, at about half the
 * candidate's organic volume.
 */
export const redialDrip: Family = {
  id: 'Q6',
  kind: 'attack',
  description: '秒拨 redial drip: fresh broadband exit per vote, fresh accounts, 40 UAs, ~0.5x organic, all week',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, ledger, net, rhythm, crowd, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'upper');
    const c = ballot.candidates[ci];
    const uas = Array.from({ length: 40 }, () => userAgent(makeDevice(rng, rng.pick(['village', 'city', 'budget'] as const)), 'WIFI'));
    const share = rng.uniform(0.4, 0.7);
    for (const d of daysFrom(ctx, 0, rhythm.days)) {
      const src = source(ctx, 'attack', `q6-redial-day${d}`, ci, 'q6-redial');
      const n = Math.max(scaled(scale, 200, 8), Math.round(crowd.perDay[ci] * share * rng.uniform(0.8, 1.2)));
      for (let i = 0; i < n; i++) {
        const t = rng.chance(0.75) ? rhythm.timeOnDay(rng, 'village', d) : rhythm.midnight(d) + rng.uniform(0, 24 * HOUR);
        const ip = rng.chance(0.4) ? net.broadband(rng, rng.pick(['telecom', 'unicom'] as const), c.city) : net.elsewhere(rng, rng.pick(PROVINCES));
        ledger.add({ at: t, accountId: ledger.newAccount(), candidateIds: [c.id], ip, userAgent: rng.pick(uas), source: src });
      }
    }
  },
};
