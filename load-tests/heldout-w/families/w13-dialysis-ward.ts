import { MINUTE } from '../../heldout/calendar';
import { nomineeAt } from '../model/ballot';
import { hospitalExits } from '../model/crowd';
import { selection, type Person } from '../model/people';
import { CURVES } from '../model/rhythm';
import { organicSize, scaled, sourcesBy, type Family } from './family';

const DIALYSIS_HOSPITALS = ['spzx', 'jdyy2', 'jlzx'];
/** Session starts: 07:00, 11:30, 16:00; four hours on the machine. */
const SLOTS = [420, 690, 960];

/**
 * W13. The nurse runs a blood-purification centre. Her 120-220 dialysis patients come three times
 * a week (Mon-Wed-Fri or Tue-Thu-Sat) in one of three daily sessions, and vote during the four
 * hours on the machine, on the ward's patient Wi-Fi, often with the family member who brought them
 * voting beside them. The same accounts vote from the same address at nearly the same time every
 * dialysis day, a standing group that looks like lockstep but is a ward's routine.
 */
export const dialysisWard: Family = {
  id: 'W13',
  kind: 'legit',
  description: 'dialysis patients + escorts vote during sessions on the ward Wi-Fi, MWF/TTS',
  seeds: [1, 2],
  ballot: { require: [{ hospital: DIALYSIS_HOSPITALS, dept: '血液净化中心' }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = nomineeAt(ballot, DIALYSIS_HOSPITALS, '血液净化中心');
    const { patient: ward } = hospitalExits(net, target);
    const pref = target.hospital.pref;
    const sourceFor = sourcesBy(ctx, 'w13-dialysis', 'legit', target);
    const n = scaled(scale, rng.int(120, 220), 4);
    const patients = Array.from({ length: n }, () => {
      const p = people.make(rng, { region: pref, profile: rng.chance(0.7) ? 'elderly' : 'adult' });
      const escort: Person | undefined = rng.chance(0.6) ? people.make(rng, { region: pref, profile: 'adult', line: p.line ?? false }) : undefined;
      return { p, escort, mwf: rng.chance(0.5), slot: rng.pick(SLOTS), settle: rng.uniform(25, 70) };
    });
    for (const d of rhythm.openDays()) {
      const weekday = new Date(rhythm.midnight(d) + 8 * 3600_000).getUTCDay();
      for (const x of patients) {
        const onMachine = weekday !== 0 && (x.mwf ? weekday % 2 === 1 : weekday % 2 === 0);
        const choice = selection(ballot, target);
        if (onMachine) {
          if (!rng.chance(0.85)) continue;
          const at = people.notBeforeOpening(rng, rhythm.at(d, x.slot + x.settle) + rng.normal(0, 12) * MINUTE);
          const where = rng.chance(0.7) ? { ip: rng.pick(ward), net: 'WIFI' as const } : ('mobile' as const);
          people.vote(rng, x.p, at, choice, sourceFor(`day${d}`), where);
          if (x.escort && rng.chance(0.8)) people.vote(rng, x.escort, at + rng.uniform(-4, 6) * MINUTE, choice, sourceFor(`day${d}`), where);
        } else if (rng.chance(0.35)) {
          const at = rhythm.sample(rng, d, CURVES.elderly);
          people.vote(rng, x.p, at, choice, sourceFor(`day${d}`), people.everyday(rng, x.p, at));
        }
      }
    }
  },
};
