/**
 * A county's migrant workers in the coastal provinces: its chamber of commerce and fellow-villager
 * groups in Dongguan, Wenzhou or Xiamen post the vote at lunch and after the evening shift, three
 * or four days running. Members vote from Guangdong, Zhejiang or Fujian, a third of them from
 * factory dormitories whose Wi-Fi puts a dozen or more fellow villagers behind one address, and
 * tick mostly only their home county.
 */
import { at, MINUTE } from '../clock';
import { ownPhone, BUDGET_MODELS, MODELS } from '../handsets';
import { castAs, choices, connect, makeResident, type Connection, type Resident } from '../residents';
import { region } from '../regions';
import type { Family } from './family';
import { daysFrom, pickByRank, Windows } from './helpers';

export const b14HometownMigrants: Family = {
  id: 'B14',
  kind: 'legit',
  description: "a county's migrants in GD/ZJ/FJ vote after their association's lunch and evening posts, dorm NATs",
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(35_000, 65_000),
  build(rng, scene) {
    const { ballot, world } = scene;
    const target = pickByRank(rng, scene, 0.3, 0.85);
    const places = [region('guangdong'), region('zhejiang'), region('fujian')];
    const dorms = Array.from({ length: rng.int(20, 60) }, () => {
      const where = places[rng.weightedIndex([0.55, 0.25, 0.2])];
      return { where, ip: world.businessAddresses(rng, where, rng.pick(['chinanet', 'cmcc', 'unicom'] as const), 1)[0] };
    });
    const members = Array.from({ length: rng.int(1200, 3000) }, () => {
      const dorm = rng.chance(0.35) ? rng.pick(dorms) : undefined;
      const lives = dorm?.where ?? places[rng.weightedIndex([0.55, 0.25, 0.2])];
      const person = makeResident(rng, scene, { hometown: target.home, lives, phone: ownPhone(rng, rng.chance(0.55) ? BUDGET_MODELS : MODELS), officeWifi: 0 });
      return { person, dorm, lastDay: -1, voted: false };
    });
    const windows = new Windows(scene, 'legit', 'hometown-migrants', target);
    const via = (m: { person: Resident; dorm?: { ip: string } }, t: number): Connection => (m.dorm && rng.chance(0.7) ? { ip: m.dorm.ip, net: 'WIFI' } : connect(rng, scene, m.person, t));
    for (const day of daysFrom(scene, ballot.firstDay + rng.int(0, 2), rng.int(3, 4))) {
      for (const minute of [12 * 60 + 10 + rng.int(-20, 20), 21 * 60 + rng.int(-20, 20)]) {
        const posted = Math.max(at(day, minute), ballot.opensAt);
        const source = windows.source(`${day - ballot.firstDay}-${Math.floor(minute / 60)}h`);
        for (const m of members) {
          if (m.lastDay === day || !rng.chance(m.voted ? 0.35 : 0.3)) continue;
          const t = posted + rng.logNormal(10, 1.2) * MINUTE;
          m.lastDay = day;
          m.voted = true;
          castAs(rng, scene, m.person, t, choices(rng, ballot, target, 0.8), source, via(m, t));
        }
      }
    }
  },
};
