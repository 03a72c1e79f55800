import { VoteIds } from '../../src/fraud/vote-ids';
import { voteLogOf } from '../../src/fraud/vote-log';

describe('VoteIds', () => {
  it('gives back exactly the id that was added: packed UUIDs, and any other string as it is', () => {
    const ids = new VoteIds();
    const uuid = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
    ids.set(0, uuid);
    ids.set(5, 'ABCDEF01-2345-6789-ABCD-EF0123456789');
    ids.set(3000, 'vote-17');
    ids.set(7, '00000000-0000-0000-0000-000000000000');
    expect(ids.get(0)).toBe(uuid);
    expect(ids.get(5)).toBe('ABCDEF01-2345-6789-ABCD-EF0123456789');
    expect(ids.get(3000)).toBe('vote-17');
    expect(ids.get(7)).toBe('00000000-0000-0000-0000-000000000000');
    expect(ids.get(1)).toBeUndefined();
    expect(ids.get(99_999)).toBeUndefined();
    ids.set(3000, uuid);
    expect(ids.get(3000)).toBe(uuid);
  });

  it('a sorted log names each vote by its own id', () => {
    const ids = ['c0ffee00-0000-4000-8000-000000000003', 'c0ffee00-0000-4000-8000-000000000001', 'id-2'];
    const log = voteLogOf([3, 1, 2].map((at, k) => ({ voteId: ids[k], at, accountId: `a${k}`, candidateIds: ['c'], ip: '1.1.1.1', userAgent: 'MicroMessenger' })));
    expect([0, 1, 2].map((i) => log.ref(i))).toEqual([ids[1], ids[2], ids[0]]);
  });
});
