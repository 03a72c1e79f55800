import { MINUTE } from '../../heldout/calendar';
import { makeDevice, MODELS, userAgent } from '../model/devices';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** Rented cloud phones (云手机) in an IDC: each a fixed device holding a few aged accounts that vote every evening. */
export const cloudPhones: Family = {
  id: 'O4',
  kind: 'attack',
  description: 'cloud-phone fleet: 60-90 IDC-hosted phones x 4-6 aged accounts, voting every evening for 5 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger, rhythm } = ctx;
    const c = midCandidate(ctx);
    const subnets = [net.hosting24(), net.hosting24(), net.hosting24()];
    const models = MODELS.filter((m) => ['V2054A', 'PFTM10', 'M2006C3LC', 'ANY-AN00'].includes(m.code));
    const phones = Array.from({ length: scaled(ctx.scale, rng.int(60, 90), 2) }, () => ({
      device: makeDevice(rng, rng.pick(models)),
      ip: `${rng.pick(subnets)}.${rng.int(2, 254)}`,
      accounts: Array.from({ length: rng.int(4, 6) }, () => ledger.newAccount()),
    }));
    for (let d = 1; d <= 5; d++) {
      const src = ledger.source({ name: `cloud-day${d}`, kind: 'attack', candidateId: c.id, group: 'cloud-phones' });
      for (const ph of phones) {
        let t = rhythm.at(d, rng.int(18 * 60, 23 * 60));
        for (const a of ph.accounts) {
          if (!rng.chance(0.92)) continue;
          ledger.add({ at: t, accountId: a, candidateIds: ctx.people.selection(rng, c.id, 0), ip: ph.ip, userAgent: userAgent(ph.device, 'WIFI', rng), source: src });
          t += rng.uniform(1.5, 9) * MINUTE;
        }
      }
    }
  },
};
