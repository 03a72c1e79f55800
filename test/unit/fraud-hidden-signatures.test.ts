import { cohortOptions, findCohort, wideCohortOptions } from '../../src/fraud/cohort';
import { candidateFresh, deviceReuse, freshCounts, namesOneInstall, poissonTailLog } from '../../src/fraud/device-reuse';
import { buildIndex } from '../../src/fraud/ledger-index';
import { densestPhaseShare, judgeStream, machineParts } from '../../src/fraud/machine-streams';
import { DEFAULT_OPTIONS } from '../../src/fraud/options';
import type { VoteEvent } from '../../src/fraud/types';
import { voteLogOf } from '../../src/fraud/vote-log';
import { ANDROID as ANDROID_ON, DAY, IPHONE, rng } from '../helpers/ledger-fixtures';

const o = DEFAULT_OPTIONS;
/** One phone model on one build: the install id tells the phones apart. */
const ANDROID = (id: number) => ANDROID_ON('V2309A', id);

const T0 = Date.parse('2024-06-03T00:00:00Z');

/** Organic votes over `days` days: 8 candidates, diverse phones (own Android installs, common iPhone strings). */
function organic(days: number, perDay: number, u = rng(7)): VoteEvent[] {
  const out: VoteEvent[] = [];
  for (let k = 0; k < days * perDay; k++) {
    const at = Math.round(T0 + u() * days * DAY);
    const ua = u() < 0.5 ? ANDROID(Math.floor(u() * 1e6)) : IPHONE(['17_5_1', '17_4_1', '16_6'][Math.floor(u() * 3)]);
    out.push({ voteId: `o${k}`, at, accountId: `acc${Math.floor(u() * days * perDay * 0.6)}`, candidateIds: [`c${Math.floor(u() * 8)}`], ip: `117.${Math.floor(u() * 50)}.${Math.floor(u() * 250)}.${Math.floor(u() * 250)}`, userAgent: ua });
  }
  return out;
}

function indexOf(events: VoteEvent[]) {
  return buildIndex(voteLogOf(events));
}

function votesOf(index: ReturnType<typeof indexOf>, id: string): Int32Array {
  return index.votesOf[index.candidates.indexOf(id)];
}

describe('machine parts of a vote set', () => {
  it('a sleep loop is machine timing; a Poisson stream of the same length is not', () => {
    const u = rng(3);
    const loop: number[] = [];
    const poisson: number[] = [];
    for (let k = 0, t = 0, p = 0; k < 60; k++) {
      t += 4000 * (1 + 0.3 * (2 * u() - 1));
      p += -Math.log(u()) * 4000;
      loop.push(t);
      poisson.push(p);
    }
    expect(judgeStream(loop, true).why).toBe('gaps');
    expect(judgeStream(poisson, true).why).toBeNull();
  });

  it('a help desk voting a hundred elders by hand all morning has a floor under its gaps and is not a machine; a timer at that pace all day is', () => {
    const u = rng(31);
    // Never under half a minute an account, then a wait like anyone's: 75 s on average.
    const byHand = () => 30_000 + Math.floor(-Math.log(u()) * 45_000);
    // A committee clerk going through 120 elders on one line, a ten-minute break every twenty.
    const desk: number[] = [];
    for (let k = 0, at = T0; k < 120; k++) desk.push((at += byHand() + (k % 20 === 19 ? 600_000 : 0)));
    expect(desk[desk.length - 1] - desk[0]).toBeGreaterThan(3.25 * 3_600_000);
    expect(judgeStream(desk, true, 1).why).toBeNull();
    // The same pace kept for ten hours is past any morning's work: its floor is a program's.
    const timer: number[] = [];
    for (let k = 0, at = T0; k < 480; k++) timer.push((at += byHand()));
    expect(judgeStream(timer, true, 1).why).toBe('floor');
  });

  it('a timer firing on the same second of the minute has a phase, even at irregular periods', () => {
    const u = rng(5);
    let minute = 0;
    const times = Array.from({ length: 40 }, () => (minute += 1 + Math.floor(-Math.log(u()) * 8)) * 60_000 + 12_000 + Math.floor(u() * 900));
    expect(densestPhaseShare(times)).toBeGreaterThan(0.9);
    expect(judgeStream(times, true).why).toBe('phase');
    // Timestamps that all sit on the clock (an export rounded to the minute) make the test meaningless.
    expect(judgeStream(times, false).why).toBeNull();
  });

  it('votes recorded on the whole minute say nothing of their second: no phase', () => {
    // A fleet back in port, its crews' votes stamped to the minute by whatever recorded them.
    const u = rng(6);
    let minute = 0;
    const rounded = Array.from({ length: 40 }, () => (minute += 1 + Math.floor(-Math.log(u()) * 3)) * 60_000);
    expect(judgeStream(rounded, true).why).toBeNull();
    // A timer's requests arrive some milliseconds after its second: those it does see.
    expect(judgeStream(rounded.map((t) => t + 40 + Math.floor(u() * 200)), true).why).toBe('phase');
  });

  it('finds a scripted part hidden inside a larger human crowd, by its user agent', () => {
    const u = rng(11);
    const events: VoteEvent[] = [];
    for (let k = 0; k < 900; k++) events.push({ at: Math.round(T0 + u() * 3_600_000), accountId: `h${k}`, candidateIds: ['c1'], ip: `218.87.40.${k % 3}`, userAgent: ANDROID(Math.floor(u() * 1e6)) });
    for (let k = 0; k < 200; k++) events.push({ at: T0 + 600_000 + k * 9000 + Math.floor(u() * 2000), accountId: `s${k}`, candidateIds: ['c1'], ip: `47.96.1.${k % 4}`, userAgent: IPHONE('17_5_1') });
    const index = indexOf(events);
    const part = machineParts(index, index.candidates.indexOf('c1'), votesOf(index, 'c1'), true, new Int32Array(5000));
    expect(part.votes).toBeGreaterThanOrEqual(200);
    expect(part.votes).toBeLessThan(300);
    expect(part.groups.some((g) => g.why === 'gaps')).toBe(true);
  });

  /**
   * `helpers` volunteers on hotspots in one carrier /24, each going through 24 elders' own phones
   * at steady gaps (110–130 s, CV ≈ 0.05), with a dozen neighbours on the same /24 voting now and
   * then (too many addresses for the /24 to be sittings, so it gets the band test).
   */
  function sittings(helpers: number): { index: ReturnType<typeof indexOf>; votes: Int32Array } {
    const u = rng(12);
    const events = organic(1, 3000).map((e) => ({ ...e, at: T0 + ((e.at - T0) % DAY) }));
    for (let h = 0; h < helpers; h++) {
      let at = T0 + (1 + 2 * h) * 3_600_000;
      for (let k = 0; k < 24; k++, at += 110_000 + Math.floor(u() * 20_000)) events.push({ at, accountId: `elder${h}-${k}`, candidateIds: ['c3'], ip: `42.226.93.${200 + h}`, userAgent: ANDROID(300_000 + h * 100 + k) });
    }
    for (let k = 0; k < 12; k++) events.push({ at: T0 + Math.floor(u() * 10 * 3_600_000), accountId: `neighbour${k}`, candidateIds: ['c3'], ip: `42.226.93.${10 + k}`, userAgent: ANDROID(400_000 + k) });
    const index = indexOf(events);
    return { index, votes: votesOf(index, 'c3') };
  }

  it('one helper\'s steady sitting is not a machine, nor is the /24 it sits in; two such sittings in a day are', () => {
    const one = sittings(1);
    expect(machineParts(one.index, one.index.candidates.indexOf('c3'), one.votes, true, new Int32Array(5000)).votes).toBe(0);
    const two = sittings(2);
    const part = machineParts(two.index, two.index.candidates.indexOf('c3'), two.votes, true, new Int32Array(5000));
    expect(part.votes).toBeGreaterThanOrEqual(48);
    expect(part.groups.filter((g) => g.by === 'ip')).toHaveLength(2);
  });
});

describe('exact device reuse against the string\'s prevalence', () => {
  it('names one install only for strings carrying a per-install id', () => {
    expect(namesOneInstall(ANDROID(1234))).toBe(true);
    expect(namesOneInstall(IPHONE('17_5_1'))).toBe(false);
  });

  it('bounds the Poisson tail conservatively', () => {
    expect(poissonTailLog(3, 5)).toBe(0);
    expect(poissonTailLog(30, 1)).toBeLessThan(-18);
    expect(poissonTailLog(8, 3)).toBeGreaterThan(-18);
  });

  const reuseOf = (events: VoteEvent[], id: string) => {
    const index = indexOf(events);
    const votes = votesOf(index, id);
    return deviceReuse(index, freshCounts(index), candidateFresh(index, votes), votes, { minAccounts: o.reuseMinAccounts, minLogOdds: o.reuseMinLogOdds, minRatio: o.reuseMinRatio }, index.candidates.indexOf(id));
  };

  it('a farm of phones (own installs, ~20 fresh accounts each) is reuse', () => {
    const events = organic(2, 3000);
    for (let p = 0; p < 25; p++) for (let k = 0; k < 20; k++) events.push({ at: T0 + DAY + p * 1000 + k * 400_000, accountId: `farm${p}-${k}`, candidateIds: ['c3'], ip: `59.62.1.${p % 4}`, userAgent: ANDROID(90_000 + p) });
    const r = reuseOf(events, 'c3');
    expect(r.stringCount).toBe(25);
    expect(r.excessAccounts).toBeGreaterThan(400);
  });

  it('a common iPhone string shared by many honest voters, and families of a few accounts per phone, are not', () => {
    const events = organic(2, 3000);
    const u = rng(21);
    for (let k = 0; k < 400; k++) events.push({ at: Math.round(T0 + u() * 2 * DAY), accountId: `fan${k}`, candidateIds: ['c3'], ip: `223.104.${k % 9}.1`, userAgent: IPHONE('17_5_1') });
    for (let f = 0; f < 100; f++) for (let m = 0; m < 5; m++) events.push({ at: Math.round(T0 + u() * 2 * DAY), accountId: `fam${f}-${m}`, candidateIds: ['c3'], ip: `59.63.${f}.1`, userAgent: ANDROID(500_000 + f) });
    expect(reuseOf(events, 'c3').strings).toEqual([]);
  });

  it('an employer\'s staff on company iPhones (no install id) is not reuse, on one iOS version or several, on Wi-Fi or 4G', () => {
    const events = organic(2, 3000);
    for (let k = 0; k < 200; k++) events.push({ at: T0 + DAY + k * 60_000, accountId: `staff${k}`, candidateIds: ['c3'], ip: '218.64.7.9', userAgent: IPHONE('15_8_2') });
    for (const v of ['15_1', '15_2', '15_3']) for (let k = 0; k < 30; k++) events.push({ at: T0 + DAY + k * 60_000, accountId: `staff${v}-${k}`, candidateIds: ['c3'], ip: '218.64.7.10', userAgent: IPHONE(v) });
    for (let k = 0; k < 30; k++) events.push({ at: T0 + DAY + k * 60_000, accountId: `staff4g${k}`, candidateIds: ['c3'], ip: '223.104.7.10', userAgent: IPHONE('15_8_2').replace('NetType/WIFI', k % 2 ? 'NetType/4G' : 'NetType/5G') });
    expect(reuseOf(events, 'c3').strings).toEqual([]);
  });

  it('a farm\'s phones that also tick cover picks count for the candidate they push, not for the cover', () => {
    const events = organic(2, 3000);
    const u = rng(13);
    for (let p = 0; p < 8; p++) {
      for (let k = 0; k < 20; k++) {
        const cover = u() < 0.5 ? 'c4' : 'c5';
        events.push({ at: T0 + DAY / 2 + p * 1000 + k * 400_000, accountId: `farm${p}-${k}`, candidateIds: ['c3', cover], ip: `59.62.1.${p}`, userAgent: ANDROID(880_000 + p) });
      }
    }
    expect(reuseOf(events, 'c3').stringCount).toBe(8);
    expect(reuseOf(events, 'c4').stringCount).toBe(0);
    expect(reuseOf(events, 'c5').stringCount).toBe(0);
  });

  it('one phone moving between Wi-Fi and 4G is one device', () => {
    const events = organic(2, 3000);
    for (let k = 0; k < 30; k++) events.push({ at: T0 + DAY + k * 400_000, accountId: `farm-${k}`, candidateIds: ['c3'], ip: `59.62.1.${k % 4}`, userAgent: ANDROID(424_242).replace('NetType/WIFI', ['NetType/WIFI', 'NetType/4G', 'NetType/5G'][k % 3]) });
    const r = reuseOf(events, 'c3');
    expect(r.stringCount).toBe(1);
    expect(r.strings[0].freshAccounts).toBe(30);
    expect(r.strings[0].userAgent).not.toContain('NetType');
  });
});

describe('cohorts acting together across days', () => {
  it('finds accounts voting in one window each day even when the window moves; habitual honest voters and a factory voting in its daily break are not one', () => {
    const events = organic(5, 2000);
    const u = rng(33);
    // Honest habitual voters of c3: each at their own time ± 30 min, every day.
    for (let k = 0; k < 300; k++) {
      const habit = u() * DAY;
      for (let d = 0; d < 5; d++) events.push({ at: Math.round(T0 + d * DAY + habit + (u() - 0.5) * 3_600_000), accountId: `habit${k}`, candidateIds: ['c3'], ip: `117.9.${k}.1`, userAgent: ANDROID(700_000 + k) });
    }
    // A factory's 1500 workers, most of whom vote in the same 15-minute break every day.
    for (let k = 0; k < 1500; k++) {
      for (let d = 0; d < 5; d++) if (u() < 0.7) events.push({ at: Math.round(T0 + d * DAY + 2 * 3_600_000 + u() * 900_000), accountId: `worker${k}`, candidateIds: ['c3'], ip: '218.87.4.4', userAgent: ANDROID(900_000 + k) });
    }
    let index = indexOf(events);
    expect(findCohort(index, votesOf(index, 'c3'), cohortOptions(o))).toBeNull();
    expect(findCohort(index, votesOf(index, 'c3'), wideCohortOptions(o))).toBeNull();
    // A job list of 40 accounts, run top to bottom at a different hour each day, within a minute and a half.
    for (let d = 0; d < 4; d++) {
      const start = T0 + d * DAY + (3 + 5 * d) * 3_600_000;
      for (let k = 0; k < 40; k++) events.push({ at: Math.round(start + k * 2_000 + u() * 500), accountId: `job${k}`, candidateIds: ['c3'], ip: `36.${k}.1.1`, userAgent: ANDROID(800_000 + k) });
    }
    index = indexOf(events);
    const cohort = findCohort(index, votesOf(index, 'c3'), cohortOptions(o));
    expect(cohort).not.toBeNull();
    expect(cohort?.members).toBeGreaterThanOrEqual(38);
    expect(cohort?.members).toBeLessThanOrEqual(45);
    expect(cohort?.days).toBe(4);
    expect(cohort?.listOrder).toBeGreaterThan(0.95);
  });

  it('staff voting within minutes of the same morning meeting each day follow a routine, not a job list: only a group that moves counts', () => {
    const events = organic(5, 2000);
    const u = rng(34);
    // 200 staff, on four days, in the four minutes after a meeting that starts at 08:45–09:00.
    const meeting = (d: number) => T0 + d * DAY + 8.75 * 3_600_000 + Math.floor(u() * 15) * 60_000;
    for (let d = 0; d < 4; d++) {
      const start = meeting(d);
      for (let k = 0; k < 200; k++) if (u() < 0.85) events.push({ at: Math.round(start + u() * 240_000), accountId: `staff${k}`, candidateIds: ['c3'], ip: '218.64.7.9', userAgent: ANDROID(710_000 + k) });
    }
    const index = indexOf(events);
    expect(findCohort(index, votesOf(index, 'c3'), cohortOptions(o))).toBeNull();
    // The same group with the routine test off is a cohort: the guard is what spares it.
    expect(findCohort(index, votesOf(index, 'c3'), cohortOptions({ ...o, cohortMinShiftMinutes: 0 }))?.members).toBeGreaterThan(60);
  });

  /** `members` hired accounts, each on its own home or mobile network across China, voting within two minutes of a 20:30 signal on five days. */
  function hiredTeam(u: () => number, members: number): VoteEvent[] {
    const events = organic(5, 2000, rng(10));
    for (let d = 0; d < 5; d++) {
      const signal = T0 + d * DAY + 12.5 * 3_600_000;
      for (let k = 0; k < members; k++) if (u() < 0.9) events.push({ at: Math.round(signal + 120_000 * u()), accountId: `hired${k}`, candidateIds: ['c3'], ip: `${36 + (k % 80)}.${Math.floor(k / 80) * 7 + 1}.${(k * 13) % 250}.${1 + Math.floor(u() * 250)}`, userAgent: ANDROID(530_000 + k) });
    }
    return events;
  }

  it('a group back within two minutes of the same evening signal each day is a routine, spread over the country or not', () => {
    // Residents answering a courier's nightly red packet from home look the same as a hired team:
    // no search may flag a group that does not move, however its members' networks spread.
    const index = indexOf(hiredTeam(rng(45), 150));
    expect(findCohort(index, votesOf(index, 'c3'), cohortOptions(o))).toBeNull();
    expect(findCohort(index, votesOf(index, 'c3'), wideCohortOptions(o))).toBeNull();
    const routine = findCohort(index, votesOf(index, 'c3'), cohortOptions({ ...o, cohortMinShiftMinutes: 0 }));
    expect(routine?.members).toBeGreaterThan(120);
    expect(routine?.prefixesPerMember).toBeGreaterThan(0.9);
    expect(routine?.topPrefixShare).toBeLessThan(0.1);
  });

  /** `members` accounts answering an organiser's call each day at a new hour, over 12 minutes, 93% of them each day. */
  function callAnswered(u: () => number, members: number): VoteEvent[] {
    const events = organic(5, 2000, rng(9));
    for (let d = 0; d < 5; d++) {
      const start = T0 + d * DAY + (2 + 3.5 * d) * 3_600_000;
      for (let k = 0; k < members; k++) if (u() < 0.93) events.push({ at: Math.round(start + 720_000 * u() ** 1.3), accountId: `m${k}`, candidateIds: ['c3'], ip: `117.${k % 60}.2.${k % 200}`, userAgent: ANDROID(520_000 + k) });
    }
    return events;
  }

  it('a group answering a call over twelve minutes at a new hour each day: too spread for the narrow windows, found in the wide ones', () => {
    const index = indexOf(callAnswered(rng(43), 250));
    expect(findCohort(index, votesOf(index, 'c3'), cohortOptions(o))).toBeNull();
    const cohort = findCohort(index, votesOf(index, 'c3'), wideCohortOptions(o));
    expect(cohort?.windowMinutes).toBe(8);
    expect(cohort?.members).toBeGreaterThan(150);
  });

  it('the wide windows need a hundred members: a class of 60 answering the same way is not flagged', () => {
    const index = indexOf(callAnswered(rng(44), 60));
    expect(findCohort(index, votesOf(index, 'c3'), wideCohortOptions(o))).toBeNull();
    // The same group is found with the narrow search's bar of 20: the member count is what spares it.
    expect(findCohort(index, votesOf(index, 'c3'), { ...wideCohortOptions(o), minMembers: o.cohortMinMembers })?.members).toBeGreaterThan(20);
  });

  /** 45 accounts voting together on four days, each day in a new order; each on its own phone unless phones rotate. */
  function classOf(u: () => number, phones: 'own' | 'rotating'): VoteEvent[] {
    const events = organic(5, 2000, rng(8));
    for (let d = 0; d < 4; d++) {
      const start = T0 + d * DAY + (2 + 6 * d) * 3_600_000;
      for (let k = 0; k < 45; k++) {
        const phone = phones === 'own' ? 500_000 + k : 600_000 + Math.floor(u() * 30);
        events.push({ at: Math.round(start + u() * 90_000), accountId: `s${k}`, candidateIds: ['c3'], ip: '202.192.18.6', userAgent: ANDROID(phone) });
      }
    }
    return events;
  }

  it('a class voting together after each lesson is read as a cohort; its evidence shows a new order each day and each student on their own phone', () => {
    const index = indexOf(classOf(rng(41), 'own'));
    const cohort = findCohort(index, votesOf(index, 'c3'), cohortOptions(o));
    expect(cohort?.members).toBeGreaterThanOrEqual(40);
    expect(cohort?.listOrder).toBeLessThan(0.65);
    expect(cohort?.deviceSwitch).toBe(0);
  });

  it('a bank of accounts logged in on whichever of 30 phones is free: its evidence shows the phones changing', () => {
    const index = indexOf(classOf(rng(41), 'rotating'));
    const cohort = findCohort(index, votesOf(index, 'c3'), cohortOptions(o));
    expect(cohort).not.toBeNull();
    expect(cohort?.listOrder).toBeLessThan(0.65);
    expect(cohort?.deviceSwitch).toBeGreaterThan(0.8);
  });
});
