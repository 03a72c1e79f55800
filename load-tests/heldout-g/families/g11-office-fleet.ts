import { isWeekend } from '../../heldout/calendar';
import { androidSpec, newAndroid } from '../model/devices';
import { newHome, staticAddress } from '../model/networks';
import { ANDROID_MODELS } from '../model/phones';
import { typicalCrowd, type Family } from './family';
import { after, byRank, castAs, onDay, volume } from './kit';

/** Models a county bureau or state company buys in bulk for its staff. */
const FLEET_MODELS = ['NOH-AN00', 'ALN-AL00', 'NAM-AL00', 'ANY-AN00', 'RNA-AN00'];

/**
 * Staff of a county bureau or state company, all carrying the phone the unit bought in one lot
 * (same model, same system build), vote every working morning from the office Wi-Fi after the
 * leader's reminder in the work group. A few choose another town. On weekends some vote from home.
 */
export const officeFleet: Family = {
  id: 'G11',
  kind: 'legit',
  description: 'bureau staff on one issued phone model vote each workday from the office line',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, people, rhythm } = ctx;
    const target = byRank(ctx, 3, 25);
    const model = ANDROID_MODELS.find((m) => m.model === rng.pick(FLEET_MODELS)) ?? ANDROID_MODELS[0];
    const lot = androidSpec(rng, 'general', model);
    const lines = Array.from({ length: rng.int(1, 2) }, () => staticAddress(rng, target.area));
    const others = ctx.ballot.candidates.filter((c) => c.id !== target.id && c.city === target.city);
    const staff = Array.from({ length: volume(ctx, 80, 260) }, () => {
      // Same lot, same build; each install and its WeChat version are the person's own.
      const device = newAndroid(rng, 'general', { ...androidSpec(rng, 'general', model), version: lot.version, build: lot.build });
      const choice = others.length > 0 && rng.chance(0.15) ? rng.pick(others) : target;
      return { person: people.person(rng, target.area, 'general', { device, home: rng.chance(0.8) ? newHome(rng, target.area) : undefined }), line: rng.pick(lines), choice };
    });
    const weekend = ledger.source({ name: 'staff at the weekend', kind: 'organic' });
    const elsewhere = ledger.source({ name: 'staff choosing another town', kind: 'organic' });
    for (let d = 0; d < rhythm.cal.dayCount; d++) {
      if (isWeekend(rhythm.at(d, 12 * 60))) {
        for (const s of staff) if (rng.chance(0.3)) castAs(ctx, weekend, s.person, rhythm.sample(rng, d), [s.choice.id]);
        continue;
      }
      const source = ledger.source({ name: `office morning ${d}`, kind: 'legit', candidateId: target.id, group: `office-fleet:${target.name}` });
      const reminder = rhythm.at(d, rng.int(8 * 60 + 35, 9 * 60 + 10));
      for (const s of staff) {
        if (!rng.chance(0.82)) continue;
        const at = reminder + after(rng, 18, 0.9);
        if (!onDay(ctx, at, d)) continue;
        castAs(ctx, s.choice === target ? source : elsewhere, s.person, at, [s.choice.id], people.viaLine(s.person, s.line, at));
      }
    }
  },
};
