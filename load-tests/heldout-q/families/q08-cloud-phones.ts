import { MINUTE } from '../../heldout/calendar';
import { makeDevice, modelByCode, userAgent } from '../model/devices';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * A rented cloud-phone fleet (云手机): 250-450 ARM instances in a provider's data centre, each
 * reporting one of three popular models with its own install id, each holding two accounts.
 * The task scheduler runs three batches a day (morning, lunch, evening) and spreads each
 * instance's vote with a random delay so that it looks human; egress is the provider's IDC
 * addresses. Four days.
 */
export const cloudPhones: Family = {
  id: 'Q8',
  kind: 'attack',
  description: 'cloud-phone fleet: 250-450 instances x 2 accounts, 3 scheduled batches/day with random delays, IDC exits',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, ledger, net, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'upper');
    const c = ballot.candidates[ci];
    const exits = Array.from({ length: 4 }, () => net.cloud(rng, 8)).flat();
    const models = ['V2250A', 'PJA110', '23049RAD8C'].map(modelByCode);
    const instances = Array.from({ length: scaled(scale, rng.int(250, 450), 5) }, () => ({
      ua: userAgent(makeDevice(rng, 'city', rng.pick(models), 'zh_CN', 1), rng.pick(['WIFI', '5G'] as const)),
      ip: rng.pick(exits),
      accounts: [ledger.newAccount(), ledger.newAccount()],
      batch: rng.int(0, 2),
    }));
    const batches = [8.5, 12.5, 20];
    for (const d of daysFrom(ctx, rng.int(1, 2), 4)) {
      const src = source(ctx, 'attack', `q8-cloud-day${d}`, ci, 'q8-cloud');
      const starts = batches.map((h) => rhythm.at(d, h + rng.uniform(-0.3, 0.3)));
      for (const inst of instances) {
        for (const [k, account] of inst.accounts.entries()) {
          const at = starts[(inst.batch + k) % 3] + rng.exponential(25 * MINUTE);
          ledger.add({ at, accountId: account, candidateIds: [c.id], ip: inst.ip, userAgent: inst.ua, source: src });
        }
      }
    }
  },
};
