import type { Rng } from '../../heldout/prng';

export type Carrier = 'mobile' | 'telecom' | 'unicom';

/** Where a phone is: a Sichuan prefecture, or a place Sichuan's migrants work. */
export type Area = string;

/** Carrier blocks (first two octets, a range of the second) by area; Sichuan's own and the migrants' provinces. */
const BLOCKS: Record<string, Record<Carrier, ReadonlyArray<[number, number, number]>>> = {
  sichuan: {
    mobile: [[117, 172, 175], [183, 221, 221], [183, 223, 223], [223, 85, 87], [112, 19, 19], [111, 9, 9]],
    telecom: [[171, 208, 223], [118, 112, 119], [125, 64, 71], [182, 144, 151], [110, 188, 191]],
    unicom: [[119, 4, 7], [101, 204, 207], [110, 185, 185], [124, 161, 161]],
  },
  guangdong: {
    mobile: [[120, 229, 239], [183, 232, 239]],
    telecom: [[113, 64, 119], [14, 16, 31]],
    unicom: [[112, 96, 97], [58, 248, 255]],
  },
  zhejiang: {
    mobile: [[223, 93, 93], [112, 10, 17]],
    telecom: [[115, 192, 239], [60, 176, 191]],
    unicom: [[60, 12, 12], [101, 68, 71]],
  },
  fujian: {
    mobile: [[112, 5, 5], [120, 36, 43]],
    telecom: [[117, 24, 31], [27, 148, 151]],
    unicom: [[58, 22, 23], [36, 248, 251]],
  },
  xinjiang: {
    mobile: [[117, 190, 191], [36, 108, 109]],
    telecom: [[124, 117, 117], [110, 152, 155]],
    unicom: [[60, 13, 13], [218, 31, 31]],
  },
  jiangsu: {
    mobile: [[112, 2, 3], [223, 104, 111]],
    telecom: [[180, 96, 127], [58, 208, 223]],
    unicom: [[221, 224, 231], [58, 240, 241]],
  },
  chongqing: {
    mobile: [[183, 230, 230], [117, 187, 187]],
    telecom: [[113, 204, 207], [222, 176, 183]],
    unicom: [[113, 207, 207], [27, 8, 11]],
  },
  beijing: {
    mobile: [[111, 196, 199], [221, 130, 130]],
    telecom: [[106, 120, 123], [114, 240, 247]],
    unicom: [[123, 112, 127], [61, 48, 51]],
  },
  henan: {
    mobile: [[111, 7, 7], [223, 88, 91]],
    telecom: [[171, 8, 15], [1, 192, 199]],
    unicom: [[42, 224, 239], [115, 48, 63]],
  },
  shandong: {
    mobile: [[120, 192, 193], [223, 96, 99]],
    telecom: [[27, 192, 223], [58, 56, 57]],
    unicom: [[112, 224, 255], [60, 208, 223]],
  },
};

/** Cloud and IDC /16s: Alibaba Cloud cn-chengdu, Tencent Cloud, Huawei Cloud, Sichuan Telecom IDC. */
const CLOUD: ReadonlyArray<[number, number]> = [
  [47, 108],
  [47, 109],
  [81, 68],
  [43, 137],
  [124, 70],
  [118, 123],
  [61, 139],
  [139, 155],
];

const OUT_OF_PROVINCE = ['guangdong', 'zhejiang', 'fujian', 'xinjiang', 'jiangsu', 'chongqing', 'beijing', 'henan', 'shandong'];

/** Carrier market share among mobile users (Sichuan: China Mobile leads, Telecom strong on broadband). */
export function carrierOf(rng: Rng): Carrier {
  const r = rng.next();
  return r < 0.58 ? 'mobile' : r < 0.84 ? 'telecom' : 'unicom';
}

/**
 * The addresses a ballot's voters come from. Mobile data leaves through carrier CGNAT: per carrier
 * and area a limited, skewed set of /24 egress blocks, so strangers share addresses and a small
 * county (one carrier's few gateways) shows very few. Everything is drawn from the ballot's own
 * stream and cached, so the same area always means the same egress blocks within a ballot.
 */
export class Networks {
  private readonly cgnat = new Map<string, { prefixes: string[]; weights: number[] }>();
  private readonly provinceOf = new Map<Area, string>();

  constructor(private readonly rng: Rng) {}

  /** Sichuan prefectures are `sichuan:<city>`; the migrants' places are `guangdong:东莞` and the like. */
  private province(area: Area): string {
    let prov = this.provinceOf.get(area);
    if (prov === undefined) this.provinceOf.set(area, (prov = area.split(':')[0] in BLOCKS ? area.split(':')[0] : 'sichuan'));
    return prov;
  }

  private block(area: Area, carrier: Carrier, fixed: boolean): string {
    const [a, lo, hi] = this.rng.pick(BLOCKS[this.province(area)][carrier]);
    // Broadband and mobile of one carrier sit in different halves of its blocks.
    const c = fixed ? this.rng.int(0, 127) : this.rng.int(128, 255);
    return `${a}.${this.rng.int(lo, hi)}.${c}`;
  }

  /** A CGNAT egress address of this carrier in this area at this moment. `small`: a rural county's few gateways. */
  mobile(area: Area, carrier: Carrier, rng: Rng, small = false): string {
    const key = `${area}|${carrier}|${small ? 's' : 'l'}`;
    let pool = this.cgnat.get(key);
    if (!pool) {
      const n = small ? this.rng.int(2, 4) : carrier === 'mobile' ? this.rng.int(16, 30) : this.rng.int(8, 16);
      const prefixes = Array.from({ length: n }, () => this.block(area, carrier, false));
      pool = { prefixes, weights: prefixes.map(() => this.rng.logNormal(1, 0.7)) };
      this.cgnat.set(key, pool);
    }
    const prefix = pool.prefixes[rng.weightedIndex(pool.weights)];
    return `${prefix}.${rng.int(1, 254)}`;
  }

  /** A household broadband address (it changes when the modem redials). */
  broadband(area: Area, rng: Rng): string {
    const carrier: Carrier = rng.chance(0.45) ? 'telecom' : rng.chance(0.6) ? 'mobile' : 'unicom';
    const [a, lo, hi] = rng.pick(BLOCKS[this.province(area)][carrier]);
    return `${a}.${rng.int(lo, hi)}.${rng.int(0, 127)}.${rng.int(2, 254)}`;
  }

  /** A redial keeps the address inside the same /16. */
  redial(address: string, rng: Rng): string {
    const [a, b] = address.split('.');
    return `${a}.${b}.${rng.int(0, 127)}.${rng.int(2, 254)}`;
  }

  /** `n` consecutive public addresses of an office, government or school NAT. */
  nat(area: Area, n: number, rng: Rng): string[] {
    const [a, lo, hi] = rng.pick(BLOCKS[this.province(area)].telecom);
    const base = `${a}.${rng.int(lo, hi)}.${rng.int(0, 127)}`;
    const start = rng.int(2, 250 - n);
    return Array.from({ length: n }, (_, i) => `${base}.${start + i}`);
  }

  /** A /24 in a cloud or IDC range. */
  cloud24(rng: Rng): string {
    const [a, b] = rng.pick(CLOUD);
    return `${a}.${b}.${rng.int(0, 255)}`;
  }

  /** An area outside Sichuan where migrants work, weighted like Sichuan's outflow. */
  migrantArea(rng: Rng): Area {
    const prov = OUT_OF_PROVINCE[rng.weightedIndex([38, 17, 9, 6, 8, 12, 4, 3, 3])];
    return `${prov}:${rng.int(1, 6)}`;
  }

  /** Any area of China outside Sichuan (for viral forwards and task workers). */
  elsewhere(rng: Rng): Area {
    return `${rng.pick(OUT_OF_PROVINCE)}:${rng.int(1, 9)}`;
  }
}
