import { randomDevice, userAgent } from '../model/devices';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** 秒拨: a dial-up VPS redials Jiangxi home broadband for each vote; a device-spoofing tool gives every fresh (接码) account a new phone. */
export const dialupRotation: Family = {
  id: 'O3',
  kind: 'attack',
  description: '秒拨 redial pool: every vote a fresh account, new Jiangxi broadband address, spoofed device; town rhythm, 4 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger, rhythm, crowd } = ctx;
    const c = midCandidate(ctx);
    const start = rng.int(1, 2);
    for (let d = start; d < start + 4; d++) {
      const src = ledger.source({ name: `dialup-day${d}`, kind: 'attack', candidateId: c.id, group: 'dialup' });
      const n = Math.max(scaled(ctx.scale, 80, 5), Math.round(crowd.daily(c.id) * rng.uniform(0.6, 0.9)));
      for (let i = 0; i < n; i++) {
        const dev = randomDevice(rng, 'town');
        ledger.add({ at: rhythm.timeOnDay(rng, 'town', d), accountId: ledger.newAccount(), candidateIds: ctx.people.selection(rng, c.id), ip: net.broadband('jiangxi', 'telecom'), userAgent: userAgent(dev, 'WIFI', rng), source: src });
      }
    }
  },
};
