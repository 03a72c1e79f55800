/**
 * A university in Nanchang backs its partner county (对口帮扶): the student union asks class
 * monitors to forward the vote after evening self-study, and students answer within minutes from
 * the campus network's handful of NAT addresses, or on 4G after the dorm Wi-Fi goes off at 23:00.
 * Young phones (many iPhones), one to three evenings.
 */
import { at, hourOf, MINUTE } from '../clock';
import { install, drawModel, MODELS } from '../handsets';
import { castAs, choices, drawHometown, makeResident, mobile } from '../residents';
import { region } from '../regions';
import type { Family } from './family';
import { daysFrom, pickByRank, Windows } from './helpers';

// Students' phones: twice the iPhone share, few budget phones.
const STUDENT_MODELS = MODELS.map((m) => ({ ...m, share: m.brand === 'apple' ? m.share * 2 : m.budget ? m.share * 0.5 : m.share }));

export const b13Campus: Family = {
  id: 'B13',
  kind: 'legit',
  description: 'a university: class monitors forward after 21:00, 2,500-6,000 students, campus NAT pool, 1-3 evenings',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(30_000, 60_000),
  build(rng, scene) {
    const { ballot, world } = scene;
    const target = pickByRank(rng, scene, 0.2, 0.8);
    const nanchang = region('nanchang');
    const nat = world.businessAddresses(rng, nanchang, 'chinanet', rng.int(8, 16));
    const students = Array.from({ length: rng.int(2500, 6000) }, () => ({
      person: makeResident(rng, scene, { hometown: rng.chance(0.6) ? drawHometown(rng) : region('henan'), lives: nanchang, phone: install(rng, drawModel(rng, STUDENT_MODELS)), homeLine: 0, officeWifi: 0 }),
      klass: 0,
      voted: false,
    }));
    const classes = Math.ceil(students.length / 40);
    students.forEach((s, i) => (s.klass = i % classes));
    const windows = new Windows(scene, 'legit', 'campus', target);
    let turnout = rng.uniform(0.55, 0.75);
    for (const day of daysFrom(scene, ballot.firstDay + rng.int(1, 3), rng.int(1, 3))) {
      const posts = Array.from({ length: classes }, () => at(day, 21 * 60) + rng.exponential(25) * MINUTE);
      const source = windows.source(day - ballot.firstDay);
      for (const s of students) {
        if (!rng.chance(s.voted ? turnout * 0.7 : turnout * 0.3 + (day === ballot.firstDay ? 0 : 0.05))) continue;
        const t = posts[s.klass] + rng.logNormal(6, 1.0) * MINUTE;
        const lightsOut = hourOf(t) >= 23 || hourOf(t) < 6;
        const conn = rng.chance(lightsOut ? 0.3 : 0.75) ? { ip: rng.pick(nat), net: 'WIFI' as const } : mobile(rng, scene, s.person);
        castAs(rng, scene, s.person, t, choices(rng, ballot, target, 0.5), source, conn);
        s.voted = true;
      }
      turnout *= 0.85;
    }
  },
};
