import { MINUTE } from '../../heldout/calendar';
import { randomDevice, userAgent } from '../model/devices';
import type { Region } from '../model/networks';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** Aged 接码 accounts vote daily through residential proxies for the client plus two rotating decoys on a 3-choice ballot. */
export const decoyMultiChoice: Family = {
  id: 'O6',
  kind: 'attack',
  description: 'aged-account pool on a 3-choice ballot: client + 2 rotating decoys, residential proxies, 5 days',
  seeds: [1, 2],
  ballot: { maxChoices: 3 },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger, rhythm, ballot } = ctx;
    const c = midCandidate(ctx);
    const decoys = ballot.candidates.filter((x) => x.id !== c.id).sort((a, b) => a.pull - b.pull).slice(0, 6);
    const pool = Array.from({ length: scaled(ctx.scale, rng.int(1000, 1400), 3) }, () => ({ account: ledger.newAccount(), device: randomDevice(rng, 'town') }));
    for (let d = 1; d <= 5; d++) {
      const src = ledger.source({ name: `pool-day${d}`, kind: 'attack', candidateId: c.id, group: 'aged-pool' });
      for (const a of pool) {
        if (!rng.chance(0.82)) continue;
        const two = rng.shuffle([...decoys]).slice(0, 2).map((x) => x.id);
        const region: Region = rng.pick(['jiangxi', 'jiangxi', 'china', 'guangdong', 'zhejiang', 'fujian']);
        const at = rhythm.timeOnDay(rng, 'town', d) + rng.normal(0, 3 * MINUTE);
        ledger.add({ at, accountId: a.account, candidateIds: rng.shuffle([c.id, ...two]), ip: net.mobile(rng, region, `proxy${rng.int(1, 30)}`), userAgent: userAgent(a.device, 'mobile', rng), source: src });
      }
    }
  },
};
