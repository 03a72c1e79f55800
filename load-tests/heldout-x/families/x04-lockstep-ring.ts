import { MINUTE } from '../../heldout/calendar';
import { byPull } from '../model/ballot';
import { KERNEL_COUNT, makeDevice, modelByCode, releaseIndex } from '../model/devices';
import { at, labelled, organicSize, rankedBetween, scaled, type Family } from './family';

/**
 * X4, attack: a closed ring run by group-control software (群控) in a Putian flat: 90–160 phones, one
 * account each, three budget models bought in one lot and set up the same day (one WeChat build).
 * Every day from the second to the sixth or seventh the operator starts the round at a different
 * time (the hour and minute shift from day to day, 12:00–23:30), and the software walks its phone
 * list in the same order, a vote every 1.2–3 s, so the whole ring votes within a few minutes. On a
 * multi-choice ballot every phone picks the same cover candidates alongside the client. Two
 * broadband lines; a phone or two drops out some days.
 */
export const lockstepRing: Family = {
  id: 'X4',
  kind: 'attack',
  description: 'group-control ring of 90-160 phones votes in fixed order within minutes, at a shifting hour daily',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger, ballot, people } = ctx;
    const cand = rankedBetween(ctx, 6, 20);
    const size = scaled(ctx.scale, rng.int(90, 160), 12);
    const release = releaseIndex(rng);
    const kernel = KERNEL_COUNT - 1 - rng.int(0, 2);
    const models = ['V2166A', '22101316C', 'PGBM10'].map(modelByCode).map((model) => ({ model, osVersion: rng.pick(model.versions) }));
    const ring = Array.from({ length: size }, (_, i) => ({
      account: ledger.newAccount(),
      ua: makeDevice(rng, 'county', { ...models[i % 3], release, kernel }).ua('WIFI'),
      line: i % 2,
    }));
    const lines = [net.broadbandIp(rng, 'putian', 'telecom'), net.broadbandIp(rng, 'putian', 'telecom')];
    const cover = byPull(ballot)
      .filter((c) => c.id !== cand.id)
      .slice(0, Math.max(0, ballot.maxChoices - 1))
      .slice(0, 2)
      .map((c) => c.id);
    const picks = [cand.id, ...cover];
    const lastDay = Math.min(ctx.rhythm.days - 2, rng.int(5, 6));
    for (let d = 1; d <= lastDay; d++) {
      const source = labelled(ctx, `x4-ring-day${d}`, 'attack', cand, 'x4-ring');
      let t = at(ctx, d, rng.int(12, 23), rng.int(0, 29)) + rng.uniform(0, 60) * 1000;
      for (const phone of ring) {
        t += rng.uniform(1.2, 3.0) * 1000 + (rng.chance(0.01) ? rng.uniform(20, 60) * 1000 : 0);
        if (rng.chance(0.03)) continue;
        ledger.add({ at: Math.round(t), accountId: phone.account, candidateIds: picks, ip: lines[phone.line], userAgent: phone.ua, source });
      }
      // Now and then the operator reruns the round for phones that timed out; the service refuses them.
      if (rng.chance(0.3)) {
        const retry = t + rng.uniform(2, 6) * MINUTE;
        for (const phone of ring.slice(0, rng.int(3, 10))) people.ledger.add({ at: Math.round(retry + rng.uniform(0, 30) * 1000), accountId: phone.account, candidateIds: picks, ip: lines[phone.line], userAgent: phone.ua, source });
      }
    }
  },
};
