import { HOUR, MINUTE } from '../../heldout/calendar';
import { makeDevice } from '../model/devices';
import { HOSTING, addressIn, slash24 } from '../model/networks';
import { makePerson } from '../model/crowd';
import { pushTimes } from '../model/rhythm';
import { organicSize, scaled, type Family } from './family';
import { cast, castAs, idOf, source, target } from './kit';

/**
 * A county office pushes a notice down every work group on a weekday morning: thousands of real
 * residents vote within two hours, a third of them through the government network's exits. Someone
 * in the candidate's camp also starts a script in the same hour: a thousand fresh accounts posted
 * at a metronome pace from two cloud /24s, every request with the same copied user agent.
 */
export const scriptInMobilization: Family = {
  id: 'J1',
  kind: 'attack',
  description: 'county mobilization + hidden script: ~1k votes, 2 cloud /24s, one UA, metronome pace',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng, 60_000),
  build(ctx) {
    const { rng, rhythm, ballot, net } = ctx;
    const main = target(ctx, 0.15, 0.45);
    const city = ballot.candidates[main].cityIndex;
    const day = rng.int(1, 4);
    const start = rhythm.at(day, rng.uniform(8.6, 10.4));
    if (!Number.isFinite(start)) return;
    const mobilized = scaled(ctx.scale, rng.int(3200, 5200), 30);
    const gov = net.fixed(rng, city, rng.int(6, 14));
    const mob = source(ctx, 'legit', 'county-mobilization', main);
    const ids = [idOf(ctx, main)];
    for (const t of pushTimes(rng, start, mobilized, 15, rng.uniform(25, 45))) {
      const p = makePerson(rng, ctx, { city, work: rng.chance(0.45) ? rng.pick(gov) : null });
      castAs(ctx, rng, mob, p, t, ballot.maxChoices > 1 && rng.chance(0.3) ? [...ids, idOf(ctx, ctx.crowd.ranked[0] === main ? ctx.crowd.ranked[1] : ctx.crowd.ranked[0])] : ids);
    }

    // The script: under a quarter of the mobilization, one request every few seconds.
    const count = Math.round(mobilized * rng.uniform(0.2, 0.27));
    const nets = [slash24(rng, HOSTING), slash24(rng, HOSTING)];
    const ua = makeDevice(rng.fork('copied-ua')).cell;
    const pace = (50 * MINUTE) / Math.max(1, count);
    const script = source(ctx, 'attack', 'script', main);
    let t = start + rng.uniform(8, 30) * MINUTE;
    for (let i = 0; i < count && t < start + 2 * HOUR; i++) {
      cast(ctx, script, ctx.ledger.newAccount(), Math.floor(t), ids, addressIn(rng, nets[i % 2 === 0 || rng.chance(0.3) ? 0 : 1]), ua);
      t += pace + rng.uniform(-120, 120);
    }
  },
};
