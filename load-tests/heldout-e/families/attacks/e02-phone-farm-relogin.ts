import { listPicks } from '../../choices';
import { androidHandset, drawAndroidSpec, pickAndroidModel } from '../../devices/handsets';
import { cityBroadband16, hostIn16, pickProvince } from '../../networks/connections';
import { MINUTE, SECOND, wallClock } from '../../time';
import { DailySources, candidateByRank, decoys, type Family, type Scene } from '../kit';

/**
 * A click farm of real phones: a few dozen second-hand Androids bought in two or three batches,
 * genuine WeChat installs, each phone worked by hand through about twenty fresh accounts in turn
 * (log out, log in with the next bought account, open the link, vote). People do it, so the gaps
 * look human, but the routine makes them a little too even. The room has a handful of lines.
 */
function build({ rng, ballot }: Scene): void {
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 4, 14);
  const attack = new DailySources(ballot, 'phone-farm', 'attack', target);
  const picks = rng.chance(0.7) ? listPicks(ballot, [target]) : listPicks(ballot, [target, ...decoys(rng, ballot, target, rng.int(1, 2))]);

  // Two or three batches of the same used model; one WeChat APK side-loaded on all of them.
  const models = Array.from({ length: rng.int(2, 3) }, () => pickAndroidModel(rng, 'worker'));
  const phones = rng.int(30, 50);
  const shared = drawAndroidSpec(rng, 'worker');
  const handsets = Array.from({ length: phones }, () => {
    const spec = drawAndroidSpec(rng, 'worker', rng.pick(models));
    return androidHandset(rng.chance(0.8) ? { ...spec, wechat: shared.wechat, buildByte: shared.buildByte } : spec);
  });

  // The room's lines: a couple of home broadband lines and a 4G router, in Jiangxi or elsewhere.
  const local = rng.chance(0.5);
  const province = pickProvince(rng);
  const city = rng.int(0, 11);
  const lines = Array.from({ length: rng.int(3, 6) }, () => hostIn16(rng, local ? rng.pick(cityBroadband16(city, 'ct')) : rng.pick(province.broadband)));
  const lineOf = handsets.map(() => rng.int(0, lines.length - 1));

  const sessions = rng.chance(0.4) ? 2 : 1;
  const firstDay = rng.int(1, 4);
  for (let s = 0; s < sessions; s++) {
    const start = wallClock(cal, firstDay + s * rng.int(1, 2), rng.uniform(13, 19.5));
    handsets.forEach((handset, i) => {
      const meanGap = rng.uniform(7, 11) * MINUTE;
      let t = start + rng.uniform(0, 12) * MINUTE;
      const accounts = rng.int(17, 23);
      for (let a = 0; a < accounts; a++) {
        const at = Math.round(t + rng.uniform(20, 50) * SECOND);
        // The broadband line redials at most once in a session.
        const ip = a > accounts / 2 && i % 3 === 0 ? lines[(lineOf[i] + 1) % lines.length] : lines[lineOf[i]];
        ballot.ledger.add({ at, accountId: ballot.ledger.newAccount(), candidateIds: picks, ip, userAgent: handset.ua('WIFI', at), source: attack.at(at) });
        t += Math.max(3 * MINUTE, rng.normal(meanGap, meanGap * 0.1));
        if (rng.chance(0.06)) t += rng.uniform(4, 15) * MINUTE;
      }
    });
  }
}

export const e02: Family = {
  id: 'E2',
  kind: 'attack',
  title: 'phone-farm-relogin',
  description: 'Click farm: 30–50 real phones, each hand-switched through ~20 fresh accounts, 7–11 min gaps (sd 10%), 3–6 IPs, 1–2 days',
  seeds: [1, 2, 3],
  build,
};
