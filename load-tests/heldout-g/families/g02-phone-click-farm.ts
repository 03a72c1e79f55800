import { MINUTE } from '../../heldout/calendar';
import { newAndroid } from '../model/devices';
import { GUIZHOU_AREAS, homeAddress, mobileAddress, newHome, pickCarrier } from '../model/networks';
import { typicalCrowd, type Family } from './family';
import { after, byRank, fullDay } from './kit';

/**
 * A click farm of real second-hand phones in a rented flat: a few dozen phones, each with its own
 * genuine WeChat install, each worked by hand through about twenty fresh accounts in turn (log
 * out, log in with a code from an SMS platform, vote). Gaps look human but are a little too even.
 * Some farms come back the next day with the same accounts.
 */
export const phoneClickFarm: Family = {
  id: 'G2',
  kind: 'attack',
  description: 'dozens of real phones each cycling ~20 fresh accounts over hours, few IPs',
  seeds: [1, 2, 3],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, rhythm } = ctx;
    const target = byRank(ctx, 4, 15);
    const area = rng.chance(0.5) ? target.area : rng.pick([...GUIZHOU_AREAS.values()]);
    const phones = Math.max(2, Math.round(rng.int(24, 60) * ctx.scale));
    const day = fullDay(ctx, 0, 5);
    // The flat's broadband, maybe a second line, and one or two 4G hotspots (new CGNAT address each day).
    const homes = Array.from({ length: rng.int(1, 2) }, () => newHome(rng, area));
    const hotspotCarriers = Array.from({ length: rng.int(1, 2) }, () => pickCarrier(rng, area));

    const rig = Array.from({ length: phones }, () => ({
      device: newAndroid(rng, 'worker'),
      accounts: Array.from({ length: rng.int(17, 23) }, () => ledger.newAccount()),
      gapMin: rng.uniform(5, 9),
    }));
    const days = rng.chance(0.5) ? [day] : [day, day + 1];
    for (const [n, d] of days.entries()) {
      if (d >= rhythm.cal.dayCount) continue;
      const source = ledger.source({ name: `click farm day ${n + 1}`, kind: 'attack', candidateId: target.id, group: `click-farm:${target.name}` });
      const start = rhythm.at(d, rng.int(13 * 60, 19 * 60));
      const hotspots = hotspotCarriers.map((c) => mobileAddress(rng, area, c, false));
      const lines = homes.length + hotspots.length;
      rig.forEach((phone, i) => {
        let at = start + rng.uniform(0, 40) * MINUTE;
        const ip = i % lines < homes.length ? homeAddress(homes[i % lines], d, phone.device.key) : hotspots[(i % lines) - homes.length];
        for (const account of n === 0 ? phone.accounts : rng.shuffle([...phone.accounts])) {
          ledger.cast({ at, accountId: account, candidateIds: [target.id], ip, userAgent: phone.device.ua('WIFI', d), source });
          at += after(rng, phone.gapMin, 0.18) + (rng.chance(0.08) ? rng.uniform(10, 25) * MINUTE : 0);
        }
      });
    }
  },
};
