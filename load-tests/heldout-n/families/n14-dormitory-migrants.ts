import { MINUTE } from '../../heldout/calendar';
import { placeNamed } from '../model/ballot';
import { androidPhone, ownPhone } from '../model/devices';
import type { Person } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';

/**
 * Bobai's natives on the assembly lines of Dongguan: the 老乡会 group reminds them every night,
 * and after overtime (21:30–23:30) they vote from the factory dormitories, where one Wi-Fi exit of
 * four addresses serves hundreds, or on Guangdong mobile data. Many carry one of three budget
 * models sold at the shop by the gate.
 */
export const dormitoryMigrants: Family = {
  id: 'N14',
  kind: 'legit',
  description: 'Bobai migrants in Dongguan dorms vote after overtime behind dorm Wi-Fi',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['博白县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, ledger, scale } = ctx;
    const target = placeNamed(ballot, '博白县');
    const dorms = [net.nat(rng, 'telecom', 'guangdong', 4), net.nat(rng, 'unicom', 'guangdong', 2)];
    const shopModels = ['V2166A', 'PHJ110', '23049RAD8C'];
    const workers: Array<{ p: Person; dorm: readonly string[]; keen: number }> = [];
    for (let i = 0, n = scaled(scale, rng.int(1500, 2800), 30); i < n; i++) {
      const device = rng.chance(0.4) ? androidPhone(rng, 'budget', { code: rng.pick(shopModels) }) : ownPhone(rng, 'budget');
      workers.push({ p: people.make(rng, { area: 'guangdong', profile: 'factory', segment: 'budget', device, broadband: 0 }), dorm: dorms[rng.weightedIndex([3, 1])], keen: rng.uniform(0.45, 0.85) });
    }
    const first = rng.int(1, 2);
    for (let d = first; d < first + 5; d++) {
      const source = ledger.source({ name: `N14 dorm night ${d}`, kind: 'legit', candidateId: target.id, group: 'dormitories' });
      const reminder = rhythm.clock(d, 21, rng.int(20, 40));
      for (const w of workers) {
        if (!rng.chance(w.keen)) continue;
        const at = reminder + rng.gamma(1.3, 35 * MINUTE);
        const conn = rng.chance(0.6) ? { ip: rng.pick(w.dorm), net: 'WIFI' as const } : undefined;
        people.vote(rng, w.p, at, people.picks(rng, target), source, conn);
      }
    }
  },
};
