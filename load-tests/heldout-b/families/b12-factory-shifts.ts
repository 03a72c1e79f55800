/**
 * An electronics plant of 2,000-4,000 workers on two 12-hour shifts: HR posts the vote in the
 * workers' groups, and each day around the 08:00 and 20:00 changeovers workers vote while queueing
 * to clock in or walking out, through the plant's Wi-Fi NAT or their own 4G, on budget phones of
 * every brand. Many come back each day; turnout fades through the week.
 */
import { at, MINUTE } from '../clock';
import { ownPhone, BUDGET_MODELS, MODELS } from '../handsets';
import { castAs, choices, drawHometown, makeResident, mobile } from '../residents';
import type { Family } from './family';
import { daysFrom, pickByRank, Windows } from './helpers';

export const b12FactoryShifts: Family = {
  id: 'B12',
  kind: 'legit',
  description: 'a 2,000-4,000-worker plant votes at the 08:00/20:00 shift changes daily, plant NAT + 4G',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(30_000, 60_000),
  build(rng, scene) {
    const { ballot, world } = scene;
    const target = pickByRank(rng, scene, 0.25, 0.85);
    const nat = world.businessAddresses(rng, target.home, rng.pick(['chinanet', 'cmcc'] as const), rng.int(2, 4));
    const workers = Array.from({ length: rng.int(2000, 4000) }, () => ({
      person: makeResident(rng, scene, { hometown: rng.chance(0.7) ? target.home : drawHometown(rng), lives: target.home, phone: ownPhone(rng, rng.chance(0.7) ? BUDGET_MODELS : MODELS), officeWifi: 0 }),
      night: rng.chance(0.5),
      voted: false,
      lastDay: -1,
    }));
    const windows = new Windows(scene, 'legit', 'shift-change', target);
    let fresh = rng.uniform(0.1, 0.18);
    for (const day of daysFrom(scene, ballot.firstDay + rng.int(0, 1), 6)) {
      for (const change of [8 * 60, 20 * 60]) {
        const source = windows.source(`${day - ballot.firstDay}-${change / 60}h`);
        for (const w of workers) {
          if (!rng.chance(w.voted ? 0.3 : fresh)) continue;
          // Day shift arrives at 08:00 and leaves at 20:00; the night shift the other way round.
          const arriving = (change === 8 * 60) !== w.night;
          const t = at(day, change) + (arriving ? -rng.uniform(2, 30) : rng.uniform(1, 40)) * MINUTE;
          // One vote a calendar day: a day-shift worker who voted at 08:00 does not try again at 20:00.
          if (t < ballot.opensAt || w.lastDay === day) continue;
          w.lastDay = day;
          const conn = rng.chance(0.55) ? { ip: rng.pick(nat), net: 'WIFI' as const } : mobile(rng, scene, w.person);
          castAs(rng, scene, w.person, t, choices(rng, ballot, target, 0.7), source, conn);
          w.voted = true;
        }
      }
      fresh *= 0.75;
    }
  },
};
