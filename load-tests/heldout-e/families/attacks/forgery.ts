import type { Rng } from '../../../heldout/prng';
import { ANDROID_MODELS } from '../../devices/android-models';
import { androidParts, drawAndroidSpec, drawHandset, type AndroidSpec, type NetType, type Profile } from '../../devices/handsets';

/** User agents as vote sellers make them: copied from a phone, drawn from a library, or stitched together. */

/** The exact string one real phone sent, copied once and replayed by a script (network type and all). */
export function copiedUA(rng: Rng, profile: Profile = 'general'): string {
  return drawHandset(rng, profile).ua('WIFI', 0);
}

/** An Android user agent from a spec, with the network type the sender chose. */
export function androidUA(spec: AndroidSpec, net: NetType): string {
  const p = androidParts(spec);
  return `${p.head}NetType/${net}${p.tail}`;
}

/** A vendor's library of real phone profiles; each fake account gets one, with its own MMWEBID. */
export function specLibrary(rng: Rng, size: number, profile: Profile = 'young'): AndroidSpec[] {
  return Array.from({ length: size }, () => drawAndroidSpec(rng, profile));
}

/** A library profile with a fresh MMWEBID, as a generator that "randomizes the fingerprint" makes it. */
export function freshWebid(rng: Rng, spec: AndroidSpec): AndroidSpec {
  return { ...spec, mmwebid: rng.int(0, 9999) };
}

/**
 * A string stitched from parts of several phones: a model with an Android version its maker never
 * shipped for it, or another maker's build tag. What cheap generators produce.
 */
export function stitchedUA(rng: Rng): string {
  const spec = drawAndroidSpec(rng, 'general');
  const model = rng.pick(ANDROID_MODELS.filter((m) => m.brand !== 'huawei' && m.brand !== 'honor'));
  const wrongAndroid = rng.pick([9, 10, 11, 12, 13, 14, 15].filter((v) => !model.android.includes(v)));
  const other = rng.pick(['TP1A.220624.014', 'SKQ1.211006.001', 'RKQ1.200826.002', 'QP1A.190711.020']);
  return androidUA(spec, 'WIFI')
    .replace(/Android \d+; [^;]+ Build\/[^;]+;/, `Android ${wrongAndroid}; ${model.model} Build/${other};`);
}
