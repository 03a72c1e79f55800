import { MINUTE } from '../../heldout/calendar';
import { nomineeAt } from '../model/ballot';
import { hospitalExits } from '../model/crowd';
import { selection } from '../model/people';
import { rotaShift, type Shift } from '../model/rhythm';
import { organicSize, scaled, sourcesBy, type Family } from './family';

const BIG_HOSPITALS = ['jdyy1', 'zrly', 'jdyy2'];

/** Start and end of each shift, in minutes after the Shanghai midnight of the shift's day. */
const HOURS: Record<Exclude<Shift, 'off'>, [number, number]> = { A: [480, 960], P: [960, 1440], N: [0, 480], D: [480, 1020] };

/**
 * W15. A teaching hospital's nursing department (900-1,600 nurses on the APN rota) backs its ICU
 * nurse. The head nurses post the link in every ward group, and nurses vote at the handover that
 * starts or ends their shift: around 08:00, 16:00 and midnight, from the staff Wi-Fi. Three
 * spikes a day from a few addresses, the midnight one straddling two days, every day of the week.
 */
export const shiftHandover: Family = {
  id: 'W15',
  kind: 'legit',
  description: 'teaching hospital nurses vote at the 08:00/16:00/00:00 handovers on staff Wi-Fi',
  seeds: [1, 2],
  ballot: { require: [{ hospital: BIG_HOSPITALS, dept: '重症医学科' }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = nomineeAt(ballot, BIG_HOSPITALS, '重症医学科');
    const { staff: exits } = hospitalExits(net, target);
    const n = scaled(scale, rng.int(900, 1600), 10);
    const nurses = Array.from({ length: n }, () => ({
      p: people.make(rng, { region: 'CC', profile: rng.chance(0.55) ? 'young' : 'adult', work: exits }),
      rota: rng.chance(0.8) ? rng.int(0, 7) : -1,
      keen: rng.uniform(0.45, 0.9),
    }));
    const sourceFor = sourcesBy(ctx, 'w15-handover', 'legit', target);
    for (const d of rhythm.openDays()) {
      for (const x of nurses) {
        const shift: Shift = x.rota < 0 ? (rhythm.isRest(d) ? 'off' : 'D') : rotaShift(x.rota, d);
        if (shift === 'off' || !rng.chance(x.keen)) continue;
        // Arriving staff vote in the quarter hour before handover, leaving staff just after it.
        const arriving = rng.chance(0.55);
        const [start, end] = HOURS[shift];
        const at = people.notBeforeOpening(rng, arriving ? rhythm.at(d, start) - rng.gamma(2, 6) * MINUTE : rhythm.at(d, end) + rng.gamma(1.5, 8) * MINUTE);
        people.vote(rng, x.p, at, selection(ballot, target), sourceFor(`day${rhythm.dayOf(at)}`), rng.chance(0.75) ? 'work' : 'mobile');
      }
    }
  },
};
