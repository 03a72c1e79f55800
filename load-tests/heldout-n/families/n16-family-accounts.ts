import { MINUTE } from '../../heldout/calendar';
import { placeNamed } from '../model/ballot';
import { ownPhone } from '../model/devices';
import { organicSize, rawVote, scaled, type Family } from './family';

/**
 * In a Yao county, the young person of the house votes for the whole family after dinner: WeChat
 * lets one phone switch between accounts, so grandparents', parents' and their own accounts vote
 * one after another, a minute or two apart, from one phone on the home Wi-Fi, on most days.
 */
export const familyAccounts: Family = {
  id: 'N16',
  kind: 'legit',
  description: 'households vote 3-8 family accounts on one phone over home Wi-Fi',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['金秀瑶族自治县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, ledger, scale } = ctx;
    const target = placeNamed(ballot, '金秀瑶族自治县');
    const homes = Array.from({ length: scaled(scale, rng.int(300, 500), 8) }, () => ({
      device: ownPhone(rng, 'town'),
      ip: net.broadband(rng, rng.chance(0.6) ? 'telecom' : 'mobile', target.cityKey),
      accounts: Array.from({ length: rng.int(3, 8) }, () => ledger.newAccount()),
      habit: rng.uniform(19.5, 21.5),
      keen: rng.uniform(0.55, 0.85),
    }));
    for (let d = 1; d < rhythm.days - 1; d++) {
      const source = ledger.source({ name: `N16 households day ${d}`, kind: 'legit', candidateId: target.id, group: 'family accounts' });
      for (const h of homes) {
        if (!rng.chance(h.keen)) continue;
        let t = rhythm.midnight(d) + (h.habit * 60 + rng.normal(0, 25)) * MINUTE;
        const ua = h.device.ua('WIFI');
        for (const account of h.accounts) {
          rawVote(ctx, t, account, people.picks(rng, target), h.ip, ua, source);
          t += rng.uniform(40, 150) * 1000;
        }
      }
    }
  },
};
