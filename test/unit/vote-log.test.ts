import { detect } from '../../src/fraud/detector';
import type { VoteEvent } from '../../src/fraud/types';
import { seqOfVoteRef, type VoteLog, VoteLogBuilder, voteLogOf } from '../../src/fraud/vote-log';
import { simulate } from '../../src/sim/scenarios';

/** Reads vote i back out of the columns. */
const voteAt = (log: VoteLog, i: number) => ({
  at: log.at[i],
  account: log.account[i],
  ip: log.ips[log.ip[i]],
  userAgent: log.userAgents[log.userAgent[i]],
  candidateIds: log.selections[log.selection[i]],
  ref: log.ref(i),
});

const ev = (at: number, accountId: string, candidateIds: string[], ip = '1.1.1.1', userAgent = 'MicroMessenger', voteId?: string): VoteEvent => ({ voteId, at, accountId, candidateIds, ip, userAgent });

describe('VoteLog', () => {
  it('keeps each distinct IP, user agent and selection once and numbers accounts densely', () => {
    const log = voteLogOf([ev(1, 'a', ['x']), ev(2, 'b', ['x', 'y'], '2.2.2.2'), ev(3, 'a', ['x'], '2.2.2.2', 'curl'), ev(4, 'c', ['x', 'y'])]);
    expect(log.length).toBe(4);
    expect(log.accountCount).toBe(3);
    expect(Array.from(log.account)).toEqual([0, 1, 0, 2]);
    expect(log.ips).toEqual(['1.1.1.1', '2.2.2.2']);
    expect(log.userAgents).toEqual(['MicroMessenger', 'curl']);
    expect(log.selections).toEqual([['x'], ['x', 'y']]);
    expect(Array.from(log.selection)).toEqual([0, 1, 0, 1]);
  });

  it('sorts by time, ties in the order added, carrying every column with its vote', () => {
    // A pseudo-random order with many equal times, over more votes than the first capacity (1,024)
    // so the columns grow while being filled.
    const events: VoteEvent[] = [];
    for (let k = 0; k < 5000; k++) {
      const at = ((k * 7919) % 1000) * 1000;
      events.push(ev(at, `acct${k % 1300}`, [`c${k % 7}`], `10.0.${k % 13}.${k % 251}`, `ua${k % 5}`, `v${k}`));
    }
    const log = voteLogOf(events);
    const expected = events.map((e, k) => ({ e, k })).sort((p, q) => p.e.at - q.e.at || p.k - q.k);
    expect(log.length).toBe(events.length);
    expected.forEach(({ e }, i) => {
      const v = voteAt(log, i);
      expect(v).toEqual({ at: e.at, account: v.account, ip: e.ip, userAgent: e.userAgent, candidateIds: e.candidateIds, ref: e.voteId });
    });
    // Same account, same ordinal; different accounts, different ordinals.
    const ordinalOf = new Map<string, number>();
    expected.forEach(({ e }, i) => {
      const known = ordinalOf.get(e.accountId);
      if (known === undefined) ordinalOf.set(e.accountId, log.account[i]);
      else expect(log.account[i]).toBe(known);
    });
    expect(new Set(ordinalOf.values()).size).toBe(ordinalOf.size);
  });

  it('holds the same votes whatever room it was told to expect', () => {
    const events = Array.from({ length: 3000 }, (_, k) => ev(((k * 7919) % 997) * 1000, `acct${k % 1700}`, [`c${k % 3}`], `10.1.${k % 9}.1`, 'ua', `v${k}`));
    const logs = [0, 10, 3000, 100_000].map((expected) => {
      const b = new VoteLogBuilder(expected);
      for (const e of events) b.addEvent(e);
      return b.build();
    });
    const plain = (log: VoteLog) => Array.from({ length: log.length }, (_, i) => voteAt(log, i));
    for (const log of logs) {
      expect(log.length).toBe(events.length);
      expect(log.accountCount).toBe(1700);
      expect(plain(log)).toEqual(plain(logs[0]));
    }
  });

  it('names votes by id, else by row number (seq:<n>, read back by seqOfVoteRef), else by position', () => {
    const b = new VoteLogBuilder();
    const parse = (key: string) => key.split(',');
    b.setSeq(b.add(2000, 'a', 'x', parse, '1.1.1.1', 'ua'), 42);
    b.add(1000, 'b', 'x', parse, '1.1.1.1', 'ua');
    b.setVoteId(b.add(3000, 'c', 'x,x', parse, '1.1.1.1', 'ua'), 'the-id');
    const log = b.build();
    expect([0, 1, 2].map((i) => log.ref(i))).toEqual(['#0', 'seq:42', 'the-id']);
    expect(seqOfVoteRef('seq:42')).toBe(42);
    expect(seqOfVoteRef('the-id')).toBeUndefined();
    // A selection naming a candidate twice selects it once.
    expect(log.selections[log.selection[2]]).toEqual(['x']);
  });

  it('gives the detector the same answer whatever order the votes come in', () => {
    const sim = simulate('scripted-bot', 3, { votes: 20_000 });
    const events = sim.votes as VoteEvent[];
    const shuffled = events.map((e, k) => ({ e, r: (k * 2654435761) % 4294967296 })).sort((p, q) => p.r - q.r).map((p) => p.e);
    const flags = detect(events);
    expect(flags.length).toBeGreaterThan(0);
    expect(detect(shuffled)).toEqual(flags);
  });
});
