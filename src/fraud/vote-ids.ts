import { resized } from './typed-arrays';

/**
 * Vote ids, kept only so that evidence can name a few sampled votes. A ledger export gives every
 * vote a UUID: as strings in an array that is about 60 bytes a vote, 60 MB beside a 1M-vote
 * ballot's columns. A lower-case canonical UUID is kept here as its 16 bytes; any other id as its
 * string. Exact: ref() gives back the very string that was added.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX = '0123456789abcdef';

export class VoteIds {
  private bytes = new Uint8Array(0);
  /** 1 when vote i's id is in `bytes`. */
  private packed = new Uint8Array(0);
  private readonly others = new Map<number, string>();

  set(i: number, id: string): void {
    if (i >= this.packed.length) this.growTo(i + 1);
    if (!UUID.test(id)) {
      this.others.set(i, id);
      this.packed[i] = 0;
      return;
    }
    this.others.delete(i);
    this.packed[i] = 1;
    let b = i * 16;
    for (let k = 0; k < id.length; k++) {
      if (id.charCodeAt(k) === 45) continue;
      this.bytes[b++] = (hexValue(id.charCodeAt(k)) << 4) | hexValue(id.charCodeAt(++k));
    }
  }

  get(i: number): string | undefined {
    if (i >= this.packed.length || !this.packed[i]) return this.others.get(i);
    let s = '';
    for (let k = 0; k < 16; k++) {
      if (k === 4 || k === 6 || k === 8 || k === 10) s += '-';
      const v = this.bytes[i * 16 + k];
      s += HEX[v >> 4] + HEX[v & 15];
    }
    return s;
  }

  private growTo(need: number): void {
    let size = Math.max(1024, this.packed.length);
    while (size < need) size = Math.ceil(size * 1.5);
    this.packed = resized(this.packed, size);
    this.bytes = resized(this.bytes, size * 16);
  }
}

function hexValue(c: number): number {
  return c <= 57 ? c - 48 : c - 87;
}
