import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { canonicalJson } from '../../src/domain/canonical-json';
import { createDigester, digestOf, ledgerLineJson, resultsLineJson, type DigestResults, type LedgerLine } from '../../src/domain/digest';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const line = (i: number, ids = [A]): LedgerLine => ({
  voteId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  at: `2026-06-01T02:00:${String(i % 60).padStart(2, '0')}.123Z`,
  day: '2026-06-01',
  accountId: `o${i}`,
  candidateIds: ids,
  ip: '10.0.0.1',
  userAgent: 'Mozilla/5.0 MicroMessenger/8.0.50 "quoted" \\ 中文',
});
const results: DigestResults = {
  ballotId: '33333333-3333-4333-8333-333333333333',
  totalVotes: 3,
  candidates: [
    { candidateId: A, votes: 2, flagged: false, voteScore: 20, rank: 1 },
    { candidateId: B, votes: 1, flagged: false, voteScore: 10, rank: 2 },
  ],
};
const ledger = [line(1), line(2), line(3, [B, A])].map((l, i) => (i === 1 ? { ...l, candidateIds: [A] } : l));

describe('ledger line and digest', () => {
  it('writes a ledger line exactly as canonical JSON (sorted keys, JSON.stringify escaping)', () => {
    fc.assert(
      fc.property(
        fc.record({
          voteId: fc.uuid(),
          at: fc.string(),
          day: fc.string(),
          accountId: fc.string({ unit: 'grapheme' }),
          candidateIds: fc.array(fc.uuid(), { minLength: 1, maxLength: 5 }),
          ip: fc.string(),
          userAgent: fc.string({ unit: 'binary' }),
        }),
        (l) => ledgerLineJson(l) === canonicalJson(l),
      ),
    );
  });

  it('is SHA-256 over the documented byte layout', () => {
    const expected =
      'ballot-ledger-v1\n' +
      ledger.map((l) => canonicalJson(l) + '\n').join('') +
      'results\n' +
      `{"ballotId":"${results.ballotId}","candidates":[` +
      `{"candidateId":"${A}","flagged":false,"rank":1,"voteScore":"20.00","votes":2},` +
      `{"candidateId":"${B}","flagged":false,"rank":2,"voteScore":"10.00","votes":1}],"totalVotes":3}\n`;
    expect(digestOf(ledger, results)).toBe(`sha256:${createHash('sha256').update(expected, 'utf8').digest('hex')}`);
    expect(resultsLineJson(results)).toBe(expected.split('results\n')[1].trimEnd());
  });

  it('matches a known-good vector computed outside this code (sha256sum over the hand-written bytes)', () => {
    // The file hashed was the digest layout written by hand: header, the two ledger lines below
    // (userAgent `UA "q" 中`, escaped as JSON), "results", the results line, each ending in "\n".
    const votes: LedgerLine[] = [
      { voteId: '00000000-0000-4000-8000-000000000001', at: '2026-06-01T02:00:00.000Z', day: '2026-06-01', accountId: 'oA', candidateIds: [A], ip: '10.0.0.1', userAgent: 'UA "q" 中' },
      { voteId: '00000000-0000-4000-8000-000000000002', at: '2026-06-01T02:00:01.500Z', day: '2026-06-01', accountId: 'oB', candidateIds: [B, A], ip: '10.0.0.2', userAgent: '' },
    ];
    expect(digestOf(votes, { ...results, totalVotes: 2 })).toBe('sha256:e2728d499cc91104eac32b9ccd1b39ca90ac3ab32d92009e9f99b7dff45f4d0d');
  });

  it('is deterministic and the same fed incrementally or from pre-serialized lines', () => {
    const d = createDigester();
    for (const l of ledger) d.addLineJson(ledgerLineJson(l));
    expect(d.lines).toBe(3);
    expect(d.finish(results)).toBe(digestOf(ledger, results));
    expect(digestOf(ledger, results)).toBe(digestOf([...ledger], { ...results, candidates: [...results.candidates] }));
  });

  it('changes when any vote, the vote order, or any result changes', () => {
    const base = digestOf(ledger, results);
    const variants: Array<[LedgerLine[], DigestResults]> = [
      [[ledger[0], ledger[2], ledger[1]], results],
      [ledger.slice(0, 2), results],
      [[...ledger, ledger[2]], results],
      [[{ ...ledger[0], candidateIds: [B] }, ledger[1], ledger[2]], results],
      [[{ ...ledger[0], at: '2026-06-01T02:00:01.124Z' }, ledger[1], ledger[2]], results],
      [[{ ...ledger[0], ip: '10.0.0.2' }, ledger[1], ledger[2]], results],
      [[{ ...ledger[0], userAgent: '' }, ledger[1], ledger[2]], results],
      [ledger, { ...results, totalVotes: 4 }],
      [ledger, { ...results, ballotId: '44444444-4444-4444-8444-444444444444' }],
      [ledger, { ...results, candidates: [{ ...results.candidates[0], flagged: true, voteScore: 0, rank: 2 }, { ...results.candidates[1], voteScore: 20, rank: 1 }] }],
      [ledger, { ...results, candidates: [results.candidates[0], { ...results.candidates[1], voteScore: 10.01 }] }],
      [ledger, { ...results, candidates: [...results.candidates].reverse() }],
    ];
    const digests = variants.map(([l, r]) => digestOf(l, r));
    for (const d of digests) expect(d).not.toBe(base);
    expect(new Set(digests).size).toBe(digests.length);
  });

  it('hashes a page of pre-written lines exactly like the same lines one by one', () => {
    const d = createDigester();
    d.addText(ledger.slice(0, 2).map((l) => ledgerLineJson(l) + '\n').join(''), 2);
    d.addText('', 0);
    d.addLine(ledger[2]);
    expect(d.lines).toBe(3);
    expect(d.finish(results)).toBe(digestOf(ledger, results));
    expect(() => createDigester().addText(ledgerLineJson(ledger[0]), 1)).toThrow(/newline/);
  });

  it('refuses to be used after finishing', () => {
    const d = createDigester();
    d.finish(results);
    expect(() => d.addLine(ledger[0])).toThrow();
    expect(() => d.finish(results)).toThrow();
  });
});
