import { rateShortfalls } from '../../load-tests/lib/rate-shortfall';

// The soak of 2026-11-28 19:18 UTC sent 1,298 new votes/s of the 2,000 asked and said nothing of it.
describe('soak rate shortfalls', () => {
  it('names the streams that fell short of their asked rate, with the share reached', () => {
    expect(
      rateShortfalls([
        { name: 'new votes', asked: 2000, rps: 1298 },
        { name: 'duplicate votes', asked: 1000, rps: 994 },
        { name: 'public reads', asked: 2000, rps: 1872 },
      ]),
    ).toEqual(['new votes reached 1298/s of the 2000/s asked (65%)', 'public reads reached 1872/s of the 2000/s asked (94%)']);
  });

  it('says nothing when every stream kept up, and ignores streams that were off', () => {
    expect(rateShortfalls([{ name: 'score reads', asked: 20, rps: 20 }, { name: 'off', asked: 0, rps: 0 }])).toEqual([]);
  });
});
