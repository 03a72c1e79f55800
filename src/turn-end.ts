/**
 * The end of the current turn of the event loop (its check phase, setImmediate): by then every
 * request read in this turn has been handled as far as it can go without I/O. Answers from memory
 * (a repeat vote the memo knows, the public ballot page) wait for it, so a turn's answers leave
 * back to back: each client then gets a burst, and the next turn reads a burst. It costs at most
 * one turn of latency.
 */

/**
 * Calls `flush` once with every item handed over until then, in order: at the end of this turn, or
 * (`'after-microtasks'`) as soon as the running callback's microtasks are done, for work that must
 * be on the wire before a caller that was just answered can ask again (committed votes' markers).
 */
export function turnQueue<T>(flush: (items: T[]) => void, when: 'end-of-turn' | 'after-microtasks' = 'end-of-turn'): (item: T) => void {
  const schedule = when === 'end-of-turn' ? setImmediate : process.nextTick;
  let items: T[] = [];
  const flushAll = () => {
    const batch = items;
    items = [];
    flush(batch);
  };
  return (item) => {
    if (items.length === 0) schedule(flushAll);
    items.push(item);
  };
}

const waiters = turnQueue<() => void>((resolves) => {
  for (const resolve of resolves) resolve();
});

/** Resolves at the end of this turn, after the turn's other work; waiters are released in order. */
export function endOfTurn(): Promise<void> {
  return new Promise((resolve) => waiters(resolve));
}
