import { decidePublish, type Ballot } from '../../src/domain/ballot';

const ballot = (over: Partial<Ballot> = {}): Ballot => ({
  id: '00000000-0000-4000-8000-000000000001',
  title: 't',
  category: 'county',
  year: 2026,
  seats: 15,
  maxChoices: 1,
  opensAt: new Date('2026-06-01T00:00:00.000Z'),
  durationDays: 7,
  closesAt: new Date('2026-06-08T00:00:00.000Z'),
  showLiveCounts: true,
  status: 'draft',
  createdAt: new Date('2026-05-01T00:00:00.000Z'),
  publishedAt: null,
  finalizedAt: null,
  ...over,
});

const before = new Date('2026-05-20T00:00:00.000Z');

describe('decidePublish', () => {
  it('publishes a draft with more candidates than seats before its window ends', () => {
    expect(decidePublish(ballot(), 16, before)).toEqual({ ok: true });
    // Publishing while the window is already running is allowed (it simply opens at once).
    expect(decidePublish(ballot(), 16, new Date('2026-06-07T23:59:59.999Z'))).toEqual({ ok: true });
  });

  it('refuses anything but a draft with INVALID_STATE', () => {
    for (const status of ['published', 'finalized'] as const) {
      expect(decidePublish(ballot({ status }), 16, before)).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    }
  });

  it('refuses candidates <= seats with NOT_DIFFERENTIAL', () => {
    expect(decidePublish(ballot(), 15, before)).toMatchObject({ ok: false, code: 'NOT_DIFFERENTIAL' });
    expect(decidePublish(ballot(), 0, before)).toMatchObject({ ok: false, code: 'NOT_DIFFERENTIAL' });
  });

  it('refuses a window that has ended (closesAt is exclusive) with INVALID_WINDOW', () => {
    expect(decidePublish(ballot(), 16, new Date('2026-06-08T00:00:00.000Z'))).toMatchObject({ ok: false, code: 'INVALID_WINDOW' });
    expect(decidePublish(ballot(), 16, new Date('2027-01-01T00:00:00.000Z'))).toMatchObject({ ok: false, code: 'INVALID_WINDOW' });
  });

  it('reports state before the candidate count, and the count before the window', () => {
    expect(decidePublish(ballot({ status: 'published' }), 0, new Date('2027-01-01T00:00:00Z'))).toMatchObject({ code: 'INVALID_STATE' });
    expect(decidePublish(ballot(), 0, new Date('2027-01-01T00:00:00Z'))).toMatchObject({ code: 'NOT_DIFFERENTIAL' });
  });
});
