/**
 * A state-owned employer's county branch (power supply, telecom, a bank): 150-500 staff carry the
 * company phone, one model on one managed software version (company iPhones send one identical
 * string; company Huawei phones differ only in MMWEBID). Each workday the branch's group message
 * goes out around 09:00 and most staff vote within minutes from the office network.
 */
import { at, isWeekend, MINUTE } from '../clock';
import { install, model } from '../handsets';
import { castAs, choices, makeResident, mobile } from '../residents';
import type { Family } from './family';
import { pickByRank, Windows } from './helpers';

export const b09CompanyPhones: Family = {
  id: 'B9',
  kind: 'legit',
  description: '150-500 staff on one company phone model and version vote after the 09:00 group message, office NAT',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(30_000, 55_000),
  build(rng, scene) {
    const { ballot, world } = scene;
    const target = pickByRank(rng, scene, 0.2, 0.9);
    const fleet = rng.pick(['iPhone', 'ALN-AL00', 'NOH-AN00', 'FOA-AL00']);
    const managed = { ios: 3, android: 12, wechat: 3, xweb: 2 };
    const office = world.businessAddresses(rng, target.home, rng.pick(['chinanet', 'cmcc'] as const), rng.int(1, 2));
    const staff = Array.from({ length: rng.int(150, 500) }, () => makeResident(rng, scene, { hometown: target.home, lives: target.home, phone: install(rng, model(fleet), managed), officeWifi: 0 }));
    const windows = new Windows(scene, 'legit', 'company-phones', target);
    const turnout = rng.uniform(0.7, 0.9);
    for (let d = ballot.firstDay; d <= ballot.lastDay; d++) {
      if (isWeekend(d)) continue;
      const sent = Math.max(at(d, rng.int(8 * 60 + 40, 9 * 60 + 20)), ballot.opensAt + rng.int(5, 30) * MINUTE);
      const source = windows.source(d - ballot.firstDay);
      for (const person of staff) {
        if (!rng.chance(turnout)) continue;
        const t = sent + rng.logNormal(7, 0.9) * MINUTE;
        const conn = rng.chance(0.85) ? { ip: rng.pick(office), net: 'WIFI' as const } : mobile(rng, scene, person);
        castAs(rng, scene, person, t, choices(rng, ballot, target, 0.8), source, conn);
      }
    }
  },
};
