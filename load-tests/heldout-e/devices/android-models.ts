/**
 * Android phones sold in mainland China that a 2025 Jiangxi crowd carries, by the model code the
 * phone reports in its user agent, with the Android versions its firmware has shipped (oldest first)
 * and its 5G support. Huawei phones on HarmonyOS 2–4 keep an Android-compatible WebView that reports
 * Android 10 or 12 and a build id of "HUAWEI" + model; Honor does the same with "HONOR" + model.
 */

export type Brand = 'xiaomi' | 'oppo' | 'oneplus' | 'realme' | 'vivo' | 'huawei' | 'honor' | 'samsung';
export type Tier = 'flagship' | 'mid' | 'budget' | 'old';

export interface AndroidModel {
  brand: Brand;
  model: string;
  android: readonly number[];
  tier: Tier;
  fiveG: boolean;
}

const m = (brand: Brand, model: string, android: number[], tier: Tier, fiveG = true): AndroidModel => ({ brand, model, android, tier, fiveG });

export const ANDROID_MODELS: readonly AndroidModel[] = [
  m('xiaomi', '24129PN74C', [15], 'flagship'),
  m('xiaomi', '23127PN0CC', [14, 15], 'flagship'),
  m('xiaomi', '2211133C', [13, 14, 15], 'flagship'),
  m('xiaomi', '2201123C', [12, 13, 14], 'mid'),
  m('xiaomi', 'M2011K2C', [11, 12, 13], 'mid'),
  m('xiaomi', '24122RKC7C', [15], 'mid'),
  m('xiaomi', '23113RKC6C', [14, 15], 'mid'),
  m('xiaomi', '23013RK75C', [13, 14, 15], 'mid'),
  m('xiaomi', '24069RA21C', [14, 15], 'mid'),
  m('xiaomi', '23090RA98C', [13, 14, 15], 'mid'),
  m('xiaomi', '23049RAD8C', [13, 14], 'mid'),
  m('xiaomi', '22101317C', [12, 13, 14], 'budget'),
  m('xiaomi', '21091116AC', [11, 12, 13], 'budget'),
  m('xiaomi', '22120RN86C', [12, 13], 'budget', false),
  m('xiaomi', 'M2012K11AC', [11, 12, 13], 'mid'),
  m('xiaomi', 'M2007J17C', [10, 11, 12], 'old'),
  m('xiaomi', 'M2006C3LC', [10], 'old', false),
  m('oppo', 'PKH110', [14, 15], 'flagship'),
  m('oppo', 'PHZ110', [13, 14, 15], 'flagship'),
  m('oppo', 'PJA110', [13, 14], 'mid'),
  m('oppo', 'PKG110', [14, 15], 'mid'),
  m('oppo', 'PJH110', [14, 15], 'mid'),
  m('oppo', 'PFJM10', [11, 12, 13], 'mid'),
  m('oppo', 'PEQM00', [11, 12, 13], 'budget'),
  m('oppo', 'PDVM00', [10, 11, 12], 'budget'),
  m('oppo', 'PACM00', [10], 'old', false),
  m('oppo', 'PBEM00', [10], 'old', false),
  m('oneplus', 'PJZ110', [15], 'flagship'),
  m('oneplus', 'PHB110', [13, 14, 15], 'flagship'),
  m('oneplus', 'PJD110', [14, 15], 'flagship'),
  m('realme', 'RMX3706', [13, 14], 'mid'),
  m('realme', 'RMX3888', [14, 15], 'budget'),
  m('vivo', 'V2309A', [14, 15], 'flagship'),
  m('vivo', 'V2324A', [14, 15], 'flagship'),
  m('vivo', 'V2227A', [13, 14, 15], 'flagship'),
  m('vivo', 'V2232A', [13, 14, 15], 'mid'),
  m('vivo', 'V2185A', [12, 13, 14], 'mid'),
  m('vivo', 'V2199A', [12, 13, 14], 'mid'),
  m('vivo', 'V2055A', [11, 12, 13], 'budget'),
  m('vivo', 'V2166A', [11, 12, 13], 'budget', false),
  m('vivo', 'V1965A', [10], 'old', false),
  m('huawei', 'ALN-AL00', [12], 'flagship'),
  m('huawei', 'ALN-AL10', [12], 'flagship'),
  m('huawei', 'BRA-AL00', [12], 'flagship'),
  m('huawei', 'HBN-AL00', [12], 'flagship'),
  m('huawei', 'DCO-AL00', [12], 'flagship'),
  m('huawei', 'CET-AL00', [12], 'mid'),
  m('huawei', 'JAD-AL50', [12], 'mid'),
  m('huawei', 'NOH-AN00', [12], 'mid'),
  m('huawei', 'LIO-AN00', [12], 'mid'),
  m('huawei', 'FOA-AL00', [12], 'mid'),
  m('huawei', 'JER-AN20', [12], 'budget'),
  m('huawei', 'ANA-AN00', [10, 12], 'mid'),
  m('huawei', 'ELS-AN00', [10, 12], 'mid'),
  m('huawei', 'HMA-AL00', [10], 'old', false),
  m('huawei', 'ELE-AL00', [10], 'old', false),
  m('huawei', 'VOG-AL00', [10], 'old', false),
  m('honor', 'PGT-AN10', [13, 14], 'flagship'),
  m('honor', 'BVL-AN16', [14, 15], 'flagship'),
  m('honor', 'ELP-AN00', [13, 14], 'mid'),
  m('honor', 'FNE-AN00', [12, 13, 14], 'mid'),
  m('honor', 'ANY-AN00', [11, 12, 13], 'budget'),
  m('honor', 'LGE-AN00', [12, 13], 'budget'),
  m('honor', 'RMO-AN00', [12, 13, 14], 'budget'),
  m('samsung', 'SM-S9280', [14, 15], 'flagship'),
  m('samsung', 'SM-S9180', [13, 14, 15], 'flagship'),
  m('samsung', 'SM-F9460', [13, 14, 15], 'flagship'),
  m('samsung', 'SM-A5460', [13, 14], 'mid'),
];

/** AOSP build tags each maker's firmware carries, per Android version. */
const BUILDS: Record<string, Record<number, readonly string[]>> = {
  xiaomi: {
    15: ['AQ3A.240912.001', 'AQ3A.240812.002'],
    14: ['UKQ1.230804.001', 'UKQ1.231003.002', 'UP1A.230905.011'],
    13: ['TKQ1.221114.001', 'TKQ1.220829.002', 'TKQ1.220905.001'],
    12: ['SKQ1.211006.001', 'SKQ1.220303.001'],
    11: ['RKQ1.200826.002', 'RKQ1.201112.002'],
    10: ['QKQ1.191222.002', 'QKQ1.200419.002'],
  },
  oppo: {
    15: ['AP3A.240617.008', 'UKQ1.231108.001'],
    14: ['UKQ1.230924.001', 'UP1A.231005.007'],
    13: ['TP1A.220905.001'],
    12: ['SP1A.210812.016', 'RKQ1.211119.001'],
    11: ['RKQ1.201217.002', 'RP1A.200720.011'],
    10: ['QKQ1.191222.002', 'QP1A.190711.020'],
  },
  vivo: {
    15: ['AP3A.240905.015.A2', 'AP3A.240905.015.A1'],
    14: ['UP1A.231005.007'],
    13: ['TP1A.220624.014'],
    12: ['SP1A.210812.003'],
    11: ['RP1A.200720.012'],
    10: ['QP1A.190711.020'],
  },
  samsung: {
    15: ['AP3A.240905.015.A2'],
    14: ['UP1A.231005.007'],
    13: ['TP1A.220624.014'],
  },
};

function stableIndex(text: string, n: number): number {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h % n;
}

/** The build id a model's firmware reports on an Android version: one per (model, version), as on real phones. */
export function buildId(model: AndroidModel, android: number): string {
  if (model.brand === 'huawei') return `HUAWEI${model.model}`;
  if (model.brand === 'honor') return `HONOR${model.model}`;
  const family = model.brand === 'oneplus' || model.brand === 'realme' ? 'oppo' : model.brand;
  const tags = BUILDS[family][android];
  return tags[stableIndex(model.model, tags.length)];
}
