import { androidDevice, handset, WECHAT, type Device } from '../model/devices';
import { selection, type Person } from '../model/people';
import { CURVES } from '../model/rhythm';
import { organicSize, rankedTarget, scaled, sourcesBy, type Family } from './family';

/** Old handsets the vendor's software impersonates, each pinned to the WeChat build it shipped with. */
const OLD_PROFILES: Array<[string, number]> = [
  ['ARS-AL00', 12], ['HLK-AL00', 12], ['M2006C3LC', 13], ['V1901A', 14], ['PFUM10', 11], ['ELE-AL00', 10],
  ['HMA-AL00', 12], ['PDYM20', 11], ['V2166A', 10], ['WKG-AN00', 9], ['ANY-AN00', 9], ['PEQM00', 12],
];

/**
 * W8 (subtle). A card-pool vendor (卡池/猫池) in the nurse's own city: 300-500 China Mobile SIMs in
 * 16-port 4G modems, a fresh WeChat account registered on each, posing as the elderly patients and
 * families a nurse in a smaller city really has. Each account keeps one old-phone profile; votes
 * follow the elderly day (06:00-20:30), about half her organic daily volume (90-350 a day) for
 * six days, accounts coming back on two to four days. Every vote leaves through the three or four
 * CGNAT /24s the modem bank sits behind (the same ones local subscribers use), and always on 4G.
 */
export const simPoolPatients: Family = {
  id: 'W8',
  kind: 'attack',
  description: 'SIM-card pool posing as elderly patients: local Mobile CGNAT, old phones, all day',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, crowd, scale } = ctx;
    const target = rankedTarget(ctx, 1, 5, (n) => ['SP', 'LY', 'BC', 'SY', 'TH', 'BS'].includes(n.hospital.pref));
    const pref = target.hospital.pref;
    const pool = net.pool(pref, 'mobile');
    const bank = pool.prefixes.slice(0, rng.int(3, 4));
    const devices: Device[] = OLD_PROFILES.map(([code, w]) => androidDevice(rng, handset(code), WECHAT[w]));
    const sims = scaled(scale, rng.int(300, 500), 4);
    const accounts: Array<{ p: Person; left: number }> = [];
    const sourceFor = sourcesBy(ctx, 'w8-simpool', 'attack', target);
    const day = CURVES.elderly.map((w, h) => (h >= 6 && h <= 20 ? w : 0));
    const perDay = Math.max(scaled(scale, 90, 2), Math.min(scaled(scale, 350, 2), Math.round(crowd.dailyMean(target.id) * rng.uniform(0.45, 0.7))));
    const first = rng.int(1, 2);
    for (let d = first; d < first + 6; d++) {
      const today = new Set<string>();
      const n = Math.round(perDay * rng.uniform(0.85, 1.15));
      for (let i = 0; i < n; i++) {
        const open = accounts.filter((a) => a.left > 0 && !today.has(a.p.account));
        let a = open.length > 0 && (accounts.length >= sims || rng.chance(0.55)) ? rng.pick(open) : undefined;
        if (!a) {
          if (accounts.length >= sims) break;
          const base = rng.pick(devices);
          const device = base.os === 'android' ? { ...base, webId: rng.int(1, 9999) } : base;
          a = { p: people.make(rng, { region: pref, profile: 'elderly', line: false, device, carrier: 'mobile' }), left: rng.int(2, 4) };
          accounts.push(a);
        }
        a.left--;
        today.add(a.p.account);
        const at = rhythm.sample(rng, d, day);
        people.vote(rng, a.p, at, selection(ballot, target), sourceFor(`day${d}`), { ip: `${rng.pick(bank)}.${rng.int(1, 254)}`, net: '4G' });
      }
    }
  },
};
