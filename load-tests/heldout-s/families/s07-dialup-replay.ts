import { pickRanked } from '../model/ballot';
import { fullDays, organicSize, partSource, rawVote, type Family } from './family';

/**
 * Three dial-up VPS on Guangxi Telecom lines (拨号VPS: the script redials PPPoE every few votes
 * for a new home address), replaying the user-agent strings of 30–50 of the doctor's real
 * supporters captured from the family's own phones. Evening sessions from about 20:00 into the
 * night on three days, a vote every 40–70 s per server, accounts registered through an SMS
 * service, a fifth of them used again on a later evening.
 */
export const dialupReplay: Family = {
  id: 'S7',
  kind: 'attack',
  description: 'dial-up VPS redialling every 3-8 votes, replayed real supporters UAs, 3 evenings',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, rhythm } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 3, 10);
    const region = doctor.county.prefecture;
    const seen = ctx.ledger.added().filter((v) => v.source === ctx.crowd.source && v.candidateIds[0] === doctor.id && /NetType\/WIFI/.test(v.userAgent));
    const captured = [...new Set(rng.shuffle(seen.map((v) => v.userAgent)))].slice(0, rng.int(30, 50));
    if (captured.length === 0) return;
    const kept: string[] = [];
    const evenings = rng.shuffle(fullDays(ctx)).slice(0, 3).sort((a, b) => a - b);
    for (const d of evenings) {
      const source = partSource(ctx, 'attack', 'dialup-vps', doctor.id, d);
      const reused = rng.shuffle([...kept]).slice(0, Math.round(kept.length * 0.2));
      const start = rhythm.clock(d, 19, rng.int(45, 75));
      const hours = rng.uniform(2.5, 3.5);
      for (let server = 0; server < 3; server++) {
        let ip = net.nat(rng, region, 1)[0];
        let left = rng.int(3, 8);
        const end = start + hours * 3_600_000;
        for (let at = start + rng.uniform(0, 60_000); at < end; at += rng.uniform(40, 70) * 1000 / Math.min(1, ctx.scale * 3)) {
          if (left-- === 0) {
            ip = net.nat(rng, region, 1)[0];
            left = rng.int(3, 8);
          }
          const account = reused.pop() ?? ctx.ledger.newAccount();
          kept.push(account);
          rawVote(ctx, source, at, account, [doctor.id], ip, rng.pick(captured));
        }
      }
    }
  },
};
