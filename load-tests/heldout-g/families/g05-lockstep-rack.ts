import { MINUTE } from '../../heldout/calendar';
import { Device, androidSpec, androidTemplate } from '../model/devices';
import { homeAddress, newHome } from '../model/networks';
import { ANDROID_MODELS } from '../model/phones';
import { typicalCrowd, type Family } from './family';
import { byRank, fullDay } from './kit';

/** Cheap phones racks are built from. */
const RACK_MODELS = ['M2006C3LC', 'PBAM00', 'V1901A', 'MED-AL00', 'KOZ-AL00'];

/**
 * A phone rack (群控): ten to thirty identical cheap phones on one shelf, driven from a PC. Every
 * cycle the controller logs each phone into a fresh account and taps vote on all of them within
 * a couple of seconds; cycles repeat every two or three minutes for hours, behind one broadband
 * line. Same model, same build, same WeChat; only the install ids differ.
 */
export const lockstepRack: Family = {
  id: 'G5',
  kind: 'attack',
  description: '10-30 identical phones voting in lockstep every 2-3 min behind one line',
  seeds: [1, 2, 3],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, rhythm } = ctx;
    const target = byRank(ctx, 2, 12);
    const rackSize = rng.int(10, 30);
    const total = Math.max(rackSize, Math.round(rng.int(600, 1800) * ctx.scale));
    const model = ANDROID_MODELS.find((m) => m.model === rng.pick(RACK_MODELS)) ?? ANDROID_MODELS[0];
    const spec = androidSpec(rng, 'worker', model);
    const rack = Array.from({ length: rackSize }, () => new Device('android', androidTemplate({ ...spec, mmwebid: rng.int(0, 9999) }), false, rng.uint32()));
    const home = newHome(rng, target.area);
    home.ipv6 = false;
    const day = fullDay(ctx, 0, 5);
    const periodMs = rng.uniform(100, 180) * 1000;
    const spreadMs = rng.uniform(500, 4000);
    const source = ledger.source({ name: 'phone rack', kind: 'attack', candidateId: target.id, group: `rack:${target.name}` });
    let base = rhythm.at(day, rng.int(10 * 60, 21 * 60));
    for (let cycle = 0; cycle * rackSize < total; cycle++) {
      const d = rhythm.dayOf(base);
      const ip = homeAddress(home, d, 0);
      rack.forEach((phone, i) => {
        const at = base + (i * spreadMs) / rackSize + rng.uniform(0, 300);
        ledger.cast({ at, accountId: ledger.newAccount(), candidateIds: [target.id], ip, userAgent: phone.ua('WIFI', d), source });
      });
      // Now and then a phone hangs and the operator stops the rack to reboot it.
      base += periodMs * (1 + rng.normal(0, 0.01)) + (rng.chance(0.03) ? rng.uniform(3, 8) * MINUTE : 0);
    }
  },
};
