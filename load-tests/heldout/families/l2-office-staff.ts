import { DAY, HOUR, isWeekend, MINUTE } from '../calendar';
import { androidDevice, iosDevice, type Device } from '../devices';
import { cityNet } from '../networks';
import { castVote, makePerson } from '../people';
import { midCandidate, selection } from '../ballot';
import type { Family } from './family';

/**
 * An employer's staff, all on the company's phone model, asked every working morning in the work
 * group to vote for their county: from the one office NAT, fresh accounts, within the hour or so.
 * Company iPhones on one managed iOS and WeChat version share the exact same string; company
 * Android phones differ only in WeChat's per-install number.
 */
export const l2OfficeStaff: Family = {
  id: 'L2',
  kind: 'legit',
  description: "an employer's 150-600 staff on one company phone model vote each workday after the group message, from one office NAT",
  seeds: [1, 2, 3, 4, 5],
  tuneSeeds: [1, 2],
  organicVotes: (rng) => rng.int(20_000, 90_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidate = ballot.candidates[target];
    const city = { region: candidate.city, home: candidate.city };
    const net = cityNet(city.region);
    const office = net.offices[rng.int(0, net.offices.length - 1)];
    const officeIps = rng.chance(0.5) ? [office] : [office, office.replace(/\.\d+$/, `.${rng.int(2, 254)}`)];
    const iphones = rng.chance(0.5);
    const wechat = rng.int(5, 8);
    const ios = rng.pick(['18_5', '18_6_2', '26_0_1']);
    const model = rng.pick(['ALN-AL00', 'BRA-AL00', 'ANY-AN00', 'PGT-AN10']);
    const brand = model.startsWith('A') && model !== 'ANY-AN00' ? 'huawei' : model === 'BRA-AL00' ? 'huawei' : 'honor';
    const companyPhone = (): Device => (iphones ? iosDevice(rng, { ios, wechat }) : androidDevice(rng, { brand, model, wechat }));
    const size = rng.int(150, 600);
    const staff = Array.from({ length: size }, () => {
      const p = makePerson(rng, ballot, city, { iosShare: 0 });
      p.device = companyPhone();
      return p;
    });
    const source = ledger.source({ name: 'office-staff', kind: 'legit', candidateId: candidate.id });
    const firstDay = rng.int(0, 2);
    for (let d = firstDay; d < cal.dayCount; d++) {
      const midnight = cal.firstMidnight + d * DAY;
      const weekend = isWeekend(midnight + 12 * HOUR);
      const message = midnight + (weekend ? rng.uniform(10, 20) : rng.uniform(8.7, 10.5)) * HOUR;
      const turnout = d === firstDay ? rng.uniform(0.75, 0.92) : weekend ? rng.uniform(0.2, 0.4) : rng.uniform(0.5, 0.75);
      for (const p of staff) {
        if (!rng.chance(turnout)) continue;
        // Most answer within minutes; some at lunch, some before leaving.
        const r = rng.next();
        const at = r < 0.7 ? message + rng.logNormal(7, 1) * MINUTE : r < 0.85 ? midnight + rng.uniform(12, 13.5) * HOUR : midnight + rng.uniform(17, 18.3) * HOUR;
        const atDesk = !weekend && at < midnight + 18 * HOUR;
        castVote(rng, ballot, p, at, selection(rng, ballot, target), source, atDesk && rng.chance(0.9) ? { ip: rng.pick(officeIps), wifi: true } : undefined);
      }
    }
  },
};
