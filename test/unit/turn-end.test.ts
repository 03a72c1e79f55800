import { endOfTurn, turnQueue } from '../../src/turn-end';

describe('endOfTurn', () => {
  it('resolves after the work already queued in this turn (a long chain of microtasks)', async () => {
    const order: string[] = [];
    const waiting = endOfTurn().then(() => order.push('end of turn'));
    // A long chain of microtasks (as a request's handlers are) finishes first.
    let chain = Promise.resolve();
    for (let i = 0; i < 1000; i++) chain = chain.then(() => undefined);
    void chain.then(() => order.push('microtasks'));
    await waiting;
    expect(order).toEqual(['microtasks', 'end of turn']);
  });

  it('answers waiting in one turn are released together, in the order they waited', async () => {
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => endOfTurn().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });
});

describe('turnQueue', () => {
  it('hands over the items of one turn in one call, in order, at the end of the turn', async () => {
    const calls: number[][] = [];
    const enqueue = turnQueue<number>((items) => calls.push(items));
    enqueue(1);
    await Promise.resolve();
    enqueue(2);
    expect(calls).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual([[1, 2]]);
  });

  it("'after-microtasks' flushes before the turn's next callback", async () => {
    const calls: number[][] = [];
    const enqueue = turnQueue<number>((items) => calls.push(items), 'after-microtasks');
    enqueue(1);
    enqueue(2);
    await new Promise<void>((resolve) => process.nextTick(resolve));
    expect(calls).toEqual([[1, 2]]);
  });
});
