import { randomDevice, userAgent } from '../model/devices';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** 猫池 with local China Mobile SIMs: votes shadow the town's own rhythm on the same CGNAT, all week, from 60 re-used phone identities. */
export const modemPoolShadow: Family = {
  id: 'O7',
  kind: 'attack',
  description: '4G modem pool on the county\'s own mobile CGNAT, 0.35-0.5x organic daily, all 7 days, 60 UA identities',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger, rhythm, crowd } = ctx;
    const c = midCandidate(ctx);
    const uas = Array.from({ length: 60 }, () => randomDevice(rng, 'town'));
    const accounts: string[] = [];
    for (let d = 0; d < ctx.ballot.cal.dayCount; d++) {
      const src = ledger.source({ name: `modem-day${d}`, kind: 'attack', candidateId: c.id, group: 'modem-pool' });
      const n = Math.max(scaled(ctx.scale, 40, 3), Math.round(crowd.daily(c.id) * rng.uniform(0.35, 0.5)));
      for (let i = 0; i < n; i++) {
        const reuse = accounts.length > 0 && rng.chance(0.4);
        const a = reuse ? accounts[rng.int(0, accounts.length - 1)] : ledger.newAccount();
        if (!reuse) accounts.push(a);
        ledger.add({ at: rhythm.timeOnDay(rng, 'town', d), accountId: a, candidateIds: ctx.people.selection(rng, c.id), ip: net.mobile(rng, 'jiangxi', c.county, 'mobile'), userAgent: userAgent(rng.pick(uas), 'mobile', rng), source: src });
      }
    }
  },
};
