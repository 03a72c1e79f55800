import { MINUTE } from '../../heldout/calendar';
import { makeDevice } from '../model/devices';
import { byRank, organicSize, scaled, type Family } from './family';

/**
 * U2, the last-night sprint (最后冲刺): a teacher just outside the ten places buys "冲票" for the
 * final hours. One server in a north-China IDC pours fresh accounts through four to six addresses
 * of one /24, rotating three copied user agents, one vote every couple of seconds, backing off
 * for a minute now and then when the page slows down. The close is at the hour the ballot
 * opened; if that is in the morning, the sprint runs the night before, ending before midnight.
 */
export const finalSprint: Family = {
  id: 'U2',
  kind: 'attack',
  description: 'last-night sprint: one IDC /24, 3 user agents, 2k-3k fresh accounts',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, net, ledger, scale } = ctx;
    const teacher = byRank(ctx, ballot.seats + 1, ballot.seats + 5);
    const { closesAt } = ballot.cal;
    const end = ballot.opensMinute >= 12 * 60 ? closesAt - rng.uniform(12, 30) * MINUTE : rhythm.at(rhythm.days - 2, rng.uniform(23 * 60 + 30, 23 * 60 + 55));
    const start = end - rng.uniform(100, 160) * MINUTE;
    const size = scaled(scale, rng.int(1800, 3200), 10);
    const prefix = net.hostingPrefix('u2', 'idc');
    const hosts = Array.from({ length: rng.int(4, 6) }, (_, i) => `${prefix}.${11 + i * rng.int(1, 3)}`);
    const agents = Array.from({ length: 3 }, () => makeDevice(rng, 'rural').ua('WIFI'));
    const source = ledger.source({ name: 'sprint', kind: 'attack', candidateId: teacher.id, group: 'sprint' });

    const base = (end - start) / size;
    let t = start;
    let sinceBackoff = 0;
    let backoffAt = rng.int(150, 260);
    for (let i = 0; i < size; i++) {
      t += base * rng.uniform(0.55, 1.1);
      if (++sinceBackoff >= backoffAt) {
        t += rng.uniform(40, 120) * 1000;
        sinceBackoff = 0;
        backoffAt = rng.int(150, 260);
      }
      ledger.add({ at: Math.floor(t), accountId: ledger.newAccount(), candidateIds: [teacher.id], ip: rng.pick(hosts), userAgent: rng.pick(agents), source });
    }
  },
};
