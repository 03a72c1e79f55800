/** A copy of `a` in a new array of its own type, `size` long (at least a.length): the rest is zeros. */
export function resized<T extends Float64Array | Int32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
