import { type BallotModel, HOUR_MS, MIN_MS, type Voter } from './ballot-model';
import { makeDevice, uaOf } from './devices';

/**
 * Honest crowds that share what stuffing is usually caught by: one network, the night, fresh
 * accounts, one phone model, a phone per family. None of them is stuffing.
 */

/**
 * A city of shift workers: every night 00:00–06:00 one candidate gets about four times its
 * daytime share, from fresh accounts on many phone models over carrier networks, Poisson arrivals;
 * some come back on later nights.
 */
export function nightPopulation(b: BallotModel): void {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const id = b.candidates[target];
  const carrier = b.net.carrier();
  let share = 0;
  for (const v of b.votes) if (v.candidateIds.includes(id)) share++;
  share /= Math.max(1, b.votes.length);
  for (let d = 1; d < b.days; d++) {
    let night = 0;
    const from = b.dayStart(d);
    for (const v of b.votes) if (v.at >= from && v.at < from + 6 * HOUR_MS) night++;
    const extra = Math.round(night * share * rng.uniform(3, 5));
    for (let k = 0; k < extra; k++) {
      const v = b.newVoter(target);
      v.carrier = rng.chance(0.7) ? carrier : v.carrier;
      const t = from + rng.next() * 6 * HOUR_MS;
      if (b.castAs(v, t, [id]) && rng.chance(0.3)) {
        const next = from + (rng.int(1, 2) * 24 + rng.next() * 6) * HOUR_MS;
        if (b.dayIndex(next) < b.days) b.castAs(v, next, [id]);
      }
    }
  }
}

/**
 * An employer's staff on company phones of one model, voting from the office NAT during working
 * hours, day after day. Half the time a managed fleet of iPhones: one identical UA string for all;
 * otherwise the model is fixed and each owner's OS/WeChat versions (and, on Android, install id)
 * are their own.
 */
export function officeStaff(b: BallotModel): void {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const id = b.candidates[target];
  const identical = rng.chance(0.5);
  const model = rng.chance(0.5) ? { ios: true } : { ios: false, model: rng.pick(['PGT-AN10', 'V2309A', 'ALN-AL00']) };
  // A managed fleet shows one string only where the string names no install (iPhone WeChat).
  const shared = makeDevice(rng, { ios: true });
  const office = Array.from({ length: rng.int(1, 3) }, () => b.net.officeIp());
  const staff: Voter[] = Array.from({ length: rng.int(60, 300) }, () => {
    const v = b.newVoter(target);
    v.device = identical ? shared : makeDevice(rng, model);
    return v;
  });
  const firstDay = rng.int(0, 2);
  for (const v of staff) {
    const retention = rng.uniform(0.4, 0.95);
    for (let d = firstDay; d < b.days; d++) {
      if (d > firstDay && !rng.chance(retention)) continue;
      const t = b.dayStart(d) + (9 + rng.next() * 9) * HOUR_MS;
      b.cast(v.id, t, [id], rng.pick(office), uaOf(v.device, 'WIFI'));
    }
  }
}

/** A post forwarded through WeChat groups: a steep wave of fresh voters from everywhere within the hour. */
export function viralForward(b: BallotModel): void {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const id = b.candidates[target];
  const start = b.dayStart(rng.int(1, b.days - 2)) + rng.int(8 * 60, 22 * 60) * MIN_MS;
  const n = rng.int(800, 3000);
  // Each forward starts its own wave a little later.
  const waves = Array.from({ length: rng.int(3, 8) }, (_, k) => ({ at: start + k * rng.uniform(2, 10) * MIN_MS, mean: rng.uniform(3, 15) * MIN_MS }));
  for (let k = 0; k < n; k++) {
    const w = rng.pick(waves);
    const v = b.newVoter(target);
    if (b.castAs(v, w.at + rng.exp(w.mean), [id])) b.returnLater(v, b.dayIndex(w.at) + 1, 0.3);
  }
}

/** Families in one village sharing a phone: two to five accounts each, from home, for their own candidate. */
export function familyPhones(b: BallotModel): void {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const id = b.candidates[target];
  for (let f = rng.int(80, 300); f > 0; f--) {
    const device = makeDevice(rng);
    const home = b.net.homeIp();
    const members = rng.int(2, 5);
    for (let m = 0; m < members; m++) {
      const account = rng.openid();
      for (let d = rng.int(0, 2); d < b.days; d++) {
        if (!rng.chance(0.6)) continue;
        const t = b.timeOnDay(d);
        if (t !== null) b.cast(account, t, [id], home, uaOf(device, 'WIFI'));
      }
    }
  }
}
