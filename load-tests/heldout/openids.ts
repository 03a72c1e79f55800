import type { Rng } from './prng';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * WeChat-like openids for one generated ballot: an official account's openids share their first
 * six characters ("o" + 5), the other 22 are random, and none is issued twice. Shared by the blind
 * sets' generators; it draws from the generator's own stream, so each ledger stays a function of
 * its family and seed.
 */
export class OpenidIssuer {
  private readonly issued = new Set<string>();
  private readonly prefix: string;

  constructor(private readonly rng: Rng) {
    this.prefix = `o${this.chars(5)}`;
  }

  private chars(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += BASE64URL[this.rng.uint32() & 63];
    return s;
  }

  /** An openid never issued before by this issuer. */
  next(): string {
    for (;;) {
      const id = this.prefix + this.chars(22);
      if (!this.issued.has(id)) {
        this.issued.add(id);
        return id;
      }
    }
  }
}
