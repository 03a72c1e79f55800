import { detect } from '../../src/fraud/detector';
import { parseLedgerLine } from '../../src/fraud/ledger-line';
import { prefixOf } from '../../src/fraud/network';

const base = { voteId: 'v1', at: '2026-03-02T06:00:00.000Z', day: '2026-03-02', accountId: 'a1', candidateIds: ['c1'], ip: '1.2.3.4', userAgent: 'MicroMessenger/8.0.50' };
const line = (over: Record<string, unknown>) => JSON.stringify({ ...base, ...over });

describe('parseLedgerLine: what a ledger from outside may look like', () => {
  it('parses the export format', () => {
    expect(parseLedgerLine(line({}))).toEqual({ voteId: 'v1', at: Date.parse(base.at), accountId: 'a1', candidateIds: ['c1'], ip: '1.2.3.4', userAgent: 'MicroMessenger/8.0.50' });
  });
  it('strips a BOM and a trailing CR', () => {
    expect(parseLedgerLine(`\uFEFF${line({})}\r`).accountId).toBe('a1');
  });
  it('takes a missing, null or empty userAgent (and ip) as an empty string', () => {
    const { userAgent: _u, ip: _i, ...rest } = base;
    expect(parseLedgerLine(JSON.stringify(rest))).toMatchObject({ userAgent: '', ip: '' });
    expect(parseLedgerLine(line({ userAgent: null })).userAgent).toBe('');
    expect(parseLedgerLine(line({ userAgent: '' })).userAgent).toBe('');
  });
  it('ignores unknown fields, keeps several candidates, accepts epoch ms and numeric voteIds', () => {
    const e = parseLedgerLine(line({ extra: { nested: true }, candidateIds: ['c1', 'c2', 'c1'], at: 1772431200000, voteId: 17 }));
    expect(e).toMatchObject({ candidateIds: ['c1', 'c2'], at: 1772431200000, voteId: '17' });
  });
  it('keeps IPv6 addresses; the /64 is their prefix', () => {
    const e = parseLedgerLine(line({ ip: '2409:8A5C:12:3400:1:2:3:4' }));
    expect(prefixOf(e.ip)).toBe('2409:8a5c:12:3400::/64');
    expect(prefixOf('[240e:3b4::1]:443')).toBe('240e:3b4:0:0::/64');
    expect(prefixOf('1.2.3.4:5678')).toBe('1.2.3.0/24');
  });
  it('rejects what it cannot guess: time, account, candidates', () => {
    expect(() => parseLedgerLine(line({ at: 'yesterday' }))).toThrow(/"at"/);
    expect(() => parseLedgerLine(line({ accountId: '' }))).toThrow(/accountId/);
    expect(() => parseLedgerLine(line({ candidateIds: [] }))).toThrow(/candidateIds/);
    expect(() => parseLedgerLine(line({ candidateIds: [1] }))).toThrow(/candidateIds/);
    expect(() => parseLedgerLine(line({ userAgent: 5 }))).toThrow(/userAgent/);
    expect(() => parseLedgerLine('[1]')).toThrow(/object/);
  });
});

describe('detect on unsorted input', () => {
  it('gives the same flags as on the sorted events', () => {
    const events = [];
    let seed = 7;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const t0 = Date.parse('2026-03-01T16:00:00Z');
    for (let i = 0; i < 3000; i++) {
      events.push({ at: t0 + Math.floor(rnd() * 86_400_000), accountId: `a${i}`, candidateIds: [`c${Math.floor(rnd() * 5)}`], ip: `10.0.${Math.floor(rnd() * 50)}.${Math.floor(rnd() * 250)}`, userAgent: `MicroMessenger/8.0.${Math.floor(rnd() * 40)}` });
    }
    for (let i = 0; i < 200; i++) events.push({ at: t0 + 8 * 3_600_000 + i * 5000, accountId: `bot${i}`, candidateIds: ['c4'], ip: '47.96.1.2', userAgent: 'python-requests/2.31' });
    const sorted = [...events].sort((a, b) => a.at - b.at);
    const shuffled = [...sorted].reverse();
    const a = detect(sorted);
    expect(a.map((f) => f.candidateId)).toEqual(['c4']);
    expect(detect(shuffled)).toEqual(a);
  });
});
