import { MINUTE } from '../../heldout/calendar';
import { nomineeAt } from '../model/ballot';
import { jilinRegion } from '../model/crowd';
import type { Profile } from '../model/devices';
import { selection } from '../model/people';
import { organicSize, scaled, source, sourcesBy, type Family } from './family';

const TEACHING = ['jlzx', 'bhfy', 'jdyy1', 'jlsrm'];

/**
 * W16. On 12 May the nursing college holds its capping ceremony (授帽仪式), where the nurse is the
 * clinical teacher. The host puts the ballot's QR code on the big screen and 1,800-3,500 students
 * vote within minutes, mostly through the campus network's few exits; parents and alumni watching
 * the livestream follow over the next hour and a half. A quarter of the students vote again on
 * later evenings from the dormitories.
 */
export const cappingCeremony: Family = {
  id: 'W16',
  kind: 'legit',
  description: "Nurses Day capping ceremony: QR on screen, 1.8-3.5k students in minutes on campus NAT",
  seeds: [1, 2],
  ballot: { require: [{ hospital: TEACHING }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = nomineeAt(ballot, TEACHING);
    const pref = target.hospital.pref;
    // 吉林医药学院 in Jilin City, or 长春医学高等专科学校 in Changchun.
    const campus = net.campus(pref === 'JL' ? 'jlmu' : 'ccmc', 4);
    const d = ballot.nursesDay;
    const screen = rhythm.at(d, 570 + rng.int(0, 60));
    const ceremony = source(ctx, 'w16-ceremony', 'legit', target);
    const stream = source(ctx, 'w16-stream', 'legit', target);
    const dorm = sourcesBy(ctx, 'w16-dorm', 'legit', target);
    const n = scaled(scale, rng.int(1800, 3500), 15);
    const days = rhythm.openDays();
    for (let i = 0; i < n; i++) {
      const p = people.make(rng, { region: pref, profile: 'young', line: false });
      const at = screen + rng.gamma(2, 1.6) * MINUTE;
      const onCampus = rng.chance(0.7);
      people.vote(rng, p, at, selection(ballot, target), ceremony, onCampus ? { ip: rng.pick(campus), net: 'WIFI' } : 'mobile');
      for (const later of days.filter((x) => x > d)) {
        if (!rng.chance(0.25)) continue;
        const t = rhythm.at(later, 1290) + rng.gamma(1.3, 20) * MINUTE;
        people.vote(rng, p, t, selection(ballot, target), dorm(`day${later}`), rng.chance(0.8) ? { ip: rng.pick(campus), net: 'WIFI' } : 'mobile');
      }
    }
    const viewers = Math.round(n * rng.uniform(0.3, 0.6));
    for (let i = 0; i < viewers; i++) {
      const profile: Profile = rng.chance(0.6) ? 'adult' : 'elderly';
      const p = people.make(rng, { region: jilinRegion(rng, pref, 2), profile });
      const at = screen + (3 + rng.gamma(1.3, 20)) * MINUTE;
      people.vote(rng, p, at, selection(ballot, target), stream, people.everyday(rng, p, at));
    }
  },
};
