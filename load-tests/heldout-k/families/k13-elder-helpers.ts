import { HOUR } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';
import { randomDevice } from '../model/devices';
import { daySources, organicSize, scaled, type Family } from './family';

/**
 * In Yi and hill villages the elders have WeChat accounts (for pensions and health insurance)
 * but cannot read the page: a grandchild switches the family phone through the elders' accounts
 * after dinner, one vote every minute or two; in some villages the village's helper (帮办员)
 * does it for fifteen or thirty elders in one sitting at the committee office's broadband.
 */
export const elderHelpers: Family = {
  id: 'K13',
  kind: 'legit',
  description: 'grandchildren and village helpers vote for elders, several accounts on one phone',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, ledger, scale } = ctx;
    const c = placeIndex(ballot, rng, undefined, ['yi', 'hills']);
    const area = people.areaOf(c);
    const src = daySources(ctx, 'elder-helpers', 'legit', c);
    const id = ballot.candidates[c].id;
    const households = Array.from({ length: scaled(scale, rng.int(300, 480), 6) }, () => ({
      helper: people.make(rng, { candidate: c, segment: 'mountain', area, life: 'yi', small: rng.chance(0.6), homeShare: 0.45 }),
      elders: Array.from({ length: rng.int(3, 7) }, () => ledger.newAccount()),
      habit: rng.uniform(19.3, 22),
      keen: rng.uniform(0.5, 0.9),
    }));
    const offices = Array.from({ length: scaled(scale, rng.int(8, 16), 1) }, () => ({
      device: randomDevice(rng, 'town'),
      ip: net.broadband(area, rng),
      elders: Array.from({ length: rng.int(15, 30) }, () => ledger.newAccount()),
      hour: rng.uniform(9, 16),
    }));
    for (let d = 0; d < rhythm.days; d++) {
      for (const h of households) {
        if (!rng.chance(h.keen)) continue;
        let at = rhythm.dayStart(d) + (h.habit + rng.normal(0, 0.5)) * HOUR;
        const via = people.via(rng, h.helper, at);
        for (const account of [h.helper.account, ...h.elders]) {
          ledger.add({ at, accountId: account, candidateIds: [id], ip: via.ip, userAgent: h.helper.device.ua(via.net), source: src(d) });
          at += rng.uniform(40, 150) * 1000;
        }
      }
      for (const o of offices) {
        if (!rng.chance(0.6)) continue;
        let at = rhythm.dayStart(d) + (o.hour + rng.normal(0, 0.7)) * HOUR;
        for (const account of o.elders) {
          ledger.add({ at, accountId: account, candidateIds: [id], ip: o.ip, userAgent: o.device.ua('WIFI'), source: src(d) });
          at += rng.uniform(45, 200) * 1000;
        }
      }
    }
  },
};
