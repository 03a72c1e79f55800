/**
 * 32-bit FNV-1a over a string's UTF-16 code units, with murmur3's final mix (so the low bits, which
 * hash tables index with, depend on every character). Cheap over short ASCII keys; not for
 * anything an attacker must not be able to collide: the tables that use it compare whole keys, so a
 * collision only costs a comparison. Used by the voted-today memo and the vote log's account table.
 */
export function stringHash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
