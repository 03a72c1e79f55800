/**
 * A slow attack over most of the week: one operator with a bank of 150-320 bought accounts spread
 * over 6-12 second-hand phones. Several times a day they sit down with a phone and work through a
 * handful of its accounts (a minute or few per switch), on the household Wi-Fi or the phone's own
 * 4G. A few hundred votes a day, never more than a dozen or two in an hour.
 */
import type { Connection } from '../residents';
import { MINUTE, instantInDay } from '../clock';
import { ownPhone, ua, ANDROID_MODELS } from '../handsets';
import { drawCandidate, makeResident, homeAddress, mobile } from '../residents';
import type { Family } from './family';
import { daysFrom, humanGap, pickByRank, Windows } from './helpers';

export const b03SlowSessions: Family = {
  id: 'B3',
  kind: 'attack',
  description: '150-320 bought accounts on 6-12 phones, short account-switching sessions all day, 5-7 days',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(40_000, 75_000),
  build(rng, scene) {
    const { ballot } = scene;
    const target = pickByRank(rng, scene, 0.3, 0.7);
    // The operator is a resident of the candidate's city: home line, SIMs of one carrier.
    const operator = makeResident(rng, scene, { hometown: target.home, lives: target.home, homeLine: 1, officeWifi: 0 });
    const phones = Array.from({ length: rng.int(6, 12) }, () => ownPhone(rng, ANDROID_MODELS));
    const pool = Array.from({ length: rng.int(150, 320) }, (_, i) => ({ account: scene.ledger.newAccount(), phone: i % phones.length }));
    const daily = rng.uniform(0.55, 0.8);
    const windows = new Windows(scene, 'attack', 'slow-sessions', target);
    const start = ballot.firstDay + rng.int(0, 1);
    for (const day of daysFrom(scene, start, rng.int(5, 7))) {
      const source = windows.source(day - ballot.firstDay);
      for (let p = 0; p < phones.length; p++) {
        const due = rng.shuffle(pool.filter((a) => a.phone === p && rng.chance(daily)));
        while (due.length > 0) {
          const session = due.splice(0, rng.int(4, 10));
          let t = instantInDay(rng, day, 8, 23);
          if (day === ballot.firstDay) t = Math.max(t, ballot.opensAt + rng.uniform(10, 120) * MINUTE);
          const conn: Connection = rng.chance(0.5) ? { ip: homeAddress(rng, scene, operator, t) ?? '', net: 'WIFI' } : mobile(rng, scene, operator);
          for (const a of session) {
            const extra = ballot.maxChoices > 1 && rng.chance(0.4) ? drawCandidate(rng, ballot.candidates).id : target.id;
            const ids = ballot.candidates.filter((c) => c.id === target.id || c.id === extra).map((c) => c.id);
            scene.ledger.add({ at: Math.round(t), accountId: a.account, candidateIds: ids, ip: conn.ip, userAgent: ua(phones[p], conn.net), source });
            t += humanGap(rng, 2 * MINUTE, 0.5);
          }
        }
      }
    }
  },
};
