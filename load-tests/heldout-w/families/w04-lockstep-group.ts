import { androidDevice, handset, WECHAT, type Device } from '../model/devices';
import { selection, type Person } from '../model/people';
import { organicSize, rankedTarget, scaled, sourcesBy, type Family } from './family';

/**
 * W4. A group-control rig (群控): 32-48 budget phones on one desk, each with its own China Mobile
 * SIM, each holding five aged accounts it switches between. Every day the operator starts all
 * phones at once and each phone votes its accounts in turn, a switch every 60-100 s, so the same
 * closed group of 160-240 accounts votes within about eight minutes. The session time shifts:
 * either drifting later each evening, or hopping between the operator's free slots.
 */
export const lockstepGroup: Family = {
  id: 'W4',
  kind: 'attack',
  description: 'closed group of ~200 aged accounts on a phone rig, same 8 min daily, shifting time',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, scale } = ctx;
    const target = rankedTarget(ctx, 3, 12);
    const phones = scaled(scale, rng.int(32, 48), 2);
    const wechat = WECHAT[4];
    const models = ['22101317C', 'PFUM10', 'V2219A'].map(handset);
    const rig: Array<{ device: Device; accounts: Person[] }> = [];
    for (let i = 0; i < phones; i++) {
      const device = androidDevice(rng, models[i % models.length], wechat);
      const accounts = Array.from({ length: rng.int(4, 6) }, () => people.make(rng, { region: target.hospital.pref, profile: 'adult', line: false, device, carrier: 'mobile' }));
      rig.push({ device, accounts });
    }
    const sourceFor = sourcesBy(ctx, 'w4-lockstep', 'attack', target);
    const drift = rng.chance(0.5);
    const slots = [730, 1170, 1260, 1360];
    let minute = drift ? rng.int(1200, 1260) : rng.pick(slots);
    const days = rhythm.openDays();
    for (const d of days.slice(1)) {
      const start = rhythm.at(d, minute);
      for (const phone of rig) {
        let at = start + rng.int(0, 40) * 1000;
        for (const p of phone.accounts) {
          if (rng.chance(0.95)) people.vote(rng, p, at, selection(ballot, target), sourceFor(`day${d}`), 'mobile');
          at += rng.int(60, 100) * 1000;
        }
      }
      minute = drift ? Math.min(1395, minute + rng.int(20, 45)) : rng.pick(slots) + rng.int(-10, 10);
    }
  },
};
