import { drawDevice, userAgent } from '../model/devices';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V3, lockstep roster. A group-control rig (群控) holds 140-240 accounts, each pinned to one
 * spoofed phone profile and one of 6-8 4G modems on China Mobile in Jinhua. Once every evening
 * the operator starts the job at a different hour (19:00-23:59): the rig walks its roster in the
 * same order, ten phones at a time, a batch every 6-9 s, so the whole group votes within three
 * minutes or so, every day of the ballot. A few accounts fail on a given night.
 */
export const lockstepRoster: Family = {
  id: 'V3',
  kind: 'attack',
  description: 'lockstep roster: 140-240 accounts every evening within minutes, shifting hour',
  seeds: [1, 2],
  ballot: { needs: [{ rank: [5, 14] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, ledger, net, scale } = ctx;
    const client = ballot.cast[0];
    const n = scaled(scale, rng.int(140, 240), 12);
    const modems = rng.int(6, 8);
    const jinhua = { kind: 'zhejiang', city: 'jinhua' } as const;
    const roster = Array.from({ length: n }, (_, i) => ({
      account: ledger.newAccount(),
      ua: userAgent(drawDevice(rng, 'courier', { month: ballot.month }), '4G'),
      modem: i % modems,
    }));
    const src = daySources(ctx, 'v3-lockstep', 'attack', client);
    const parallel = 10;
    for (let d = 0; d < rhythm.days; d++) {
      // Each modem reconnects once a day and gets a new CGNAT egress.
      const modemIp = Array.from({ length: modems }, () => net.mobile(rng, jinhua, 'mobile'));
      const start = rhythm.at(d, rng.int(19, 23), rng.int(0, 59));
      if (start < ballot.cal.opensAt || start > ballot.cal.closesAt) continue;
      const gap = rng.uniform(6000, 9000);
      roster.forEach((a, i) => {
        if (rng.chance(0.04)) return;
        const t = start + Math.floor(i / parallel) * gap + rng.uniform(0, 2200);
        ledger.add({ at: Math.floor(t), accountId: a.account, candidateIds: [client.id], ip: modemIp[a.modem], userAgent: a.ua, source: src(d) });
      });
    }
  },
};
