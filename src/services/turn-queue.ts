/**
 * Collects the items handed over during one run of the event loop's queues and passes them, in the
 * order given, to `flush` once that run is over (process.nextTick: the moment ioredis's
 * auto-pipelining would have written separate commands anyway). The vote path's Redis work is
 * batched this way: a group-commit batch's markers (marker-writer.ts) and a turn's vote gates
 * (gate-batcher.ts) each become one script call.
 */
export function turnQueue<T>(flush: (items: T[]) => void): (item: T) => void {
  let items: T[] = [];
  const flushAll = () => {
    const batch = items;
    items = [];
    flush(batch);
  };
  return (item) => {
    if (items.length === 0) process.nextTick(flushAll);
    items.push(item);
  };
}
