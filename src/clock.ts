/**
 * Time is injected everywhere. Domain code receives `now` as an argument; the HTTP layer takes it
 * from a Clock once per request.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = {
  now: () => new Date(),
};

/** A clock that stays where it is set, for tests. */
export class FixedClock implements Clock {
  constructor(private current: Date = new Date(0)) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
