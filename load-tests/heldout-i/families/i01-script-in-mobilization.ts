import { MINUTE } from '../../heldout/calendar';
import { candidateNamed, selection } from '../model/ballot';
import { makePhone } from '../model/devices';
import { organicSize, scaled, type Family } from './family';

/**
 * A county really mobilizes: the propaganda department pushes the article into every village and
 * work group one morning and thousands of residents vote. Under cover of that surge, the county's
 * hired vendor runs a script for the same candidate: fresh accounts, one UA string, two cloud /24s,
 * one vote every few seconds like a metronome. The script is well under a third of the burst.
 */
export const scriptInMobilization: Family = {
  id: 'I1',
  kind: 'attack',
  description: 'script (1 UA, 2 cloud /24s, metronome) hidden inside a real county mobilization',
  seeds: [1, 2, 3],
  ballot: { category: 'county', include: ['化州市'] },
  organicVotes: (rng) => organicSize(rng, 70_000),
  build({ rng, ballot, ledger, people, net, rhythm, scale }) {
    const target = candidateNamed(ballot, '化州市');
    const day = rng.int(1, 3);
    const start = rhythm.at(day, rng.uniform(8.6, 9.4));
    const residents = scaled(scale, rng.int(4500, 7000));
    const push = ledger.source({ name: 'county push', kind: 'legit', candidateId: target, group: 'county push' });
    for (let i = 0; i < residents; i++) {
      const p = people.make(rng, { city: '茂名市', profile: 'town', segment: 'town' });
      const at = start + rng.gamma(1.6, 55 * MINUTE);
      people.vote(rng, p, at, selection(rng, ballot, target), push);
    }
    // The script: 0.9–1.2k votes over about three hours, one every ~10 s with sub-second jitter.
    const script = ledger.source({ name: 'script', kind: 'attack', candidateId: target, group: 'script' });
    const blocks = net.hostingBlocks(rng, 2);
    const ua = makePhone(rng, 'budget', { model: '2409BRN2CC', wechatMinor: 61, webId: rng.int(0, 9999) }).ua('WIFI');
    const votes = Math.min(Math.floor(residents / 4), scaled(scale, rng.int(900, 1200)));
    const step = (rng.uniform(2.6, 3.4) * 60 * MINUTE) / votes;
    let at = start + rng.uniform(25, 50) * MINUTE;
    for (let i = 0; i < votes; i++) {
      at += step + rng.uniform(-0.4, 0.4) * 1000;
      const ip = `${blocks[i % 2]}.${rng.int(10, 40)}`;
      ledger.add({ at: Math.floor(at), accountId: ledger.newAccount(), candidateIds: [target], ip, userAgent: ua, source: script });
    }
  },
};
