/**
 * Android phones as they show up in Guizhou in late 2023: model codes as the WeChat user agent
 * carries them (Huawei and Honor builds named after the model, the others' AOSP-style build ids),
 * the Android versions each model is seen running, and how common it is.
 */
export type Tier = 'old' | 'mid' | 'new';
export type BuildStyle = 'xiaomi' | 'oppo' | 'vivo' | 'samsung' | 'huawei' | 'honor';

export interface AndroidModel {
  model: string;
  style: BuildStyle;
  /** Android versions seen in the field, oldest first (later ones are the updated phones). */
  versions: readonly string[];
  fiveG: boolean;
  tier: Tier;
  share: number;
}

const m = (model: string, style: BuildStyle, versions: string[], fiveG: boolean, tier: Tier, share: number): AndroidModel => ({ model, style, versions, fiveG, tier, share });

export const ANDROID_MODELS: readonly AndroidModel[] = [
  // Huawei: HarmonyOS 2 reports Android 10, HarmonyOS 3/4 Android 12.
  m('ELS-AN00', 'huawei', ['10', '12'], true, 'mid', 2),
  m('NOH-AN00', 'huawei', ['10', '12'], true, 'mid', 2),
  m('ALN-AL00', 'huawei', ['12'], true, 'new', 1.5),
  m('JAD-AL50', 'huawei', ['12'], false, 'new', 1),
  m('NAM-AL00', 'huawei', ['10', '12'], false, 'mid', 1.5),
  m('JEF-AN00', 'huawei', ['10'], true, 'mid', 1),
  m('WKG-AN00', 'huawei', ['10'], true, 'mid', 1),
  m('MED-AL00', 'huawei', ['10'], false, 'old', 1.5),
  m('ART-AL00x', 'huawei', ['10'], false, 'old', 1.5),
  m('STK-AL00', 'huawei', ['9', '10'], false, 'old', 1),
  m('MAR-AL00', 'huawei', ['9', '10'], false, 'old', 1.2),
  m('HMA-AL00', 'huawei', ['10'], false, 'old', 1),
  m('VOG-AL00', 'huawei', ['10'], false, 'old', 1),
  m('ANY-AN00', 'honor', ['11', '12'], true, 'mid', 2),
  m('RNA-AN00', 'honor', ['12', '13'], true, 'new', 1),
  m('NTH-AN00', 'honor', ['11', '12'], true, 'mid', 1),
  m('TFY-AN00', 'honor', ['11'], true, 'mid', 1),
  m('CMA-AN00', 'honor', ['11'], true, 'mid', 1),
  m('ELZ-AN00', 'honor', ['12', '13'], true, 'new', 1),
  m('KOZ-AL00', 'honor', ['10'], false, 'old', 1.2),
  m('JLH-AN00', 'honor', ['12'], true, 'mid', 0.8),
  m('2201123C', 'xiaomi', ['12', '13'], true, 'new', 1.2),
  m('2211133C', 'xiaomi', ['13', '14'], true, 'new', 1),
  m('23049RAD8C', 'xiaomi', ['13'], true, 'new', 1),
  m('22101316C', 'xiaomi', ['12', '13'], true, 'new', 1),
  m('M2012K11AC', 'xiaomi', ['11', '12', '13'], true, 'mid', 1.3),
  m('21091116AC', 'xiaomi', ['11', '12', '13'], true, 'mid', 1),
  m('M2007J22C', 'xiaomi', ['10', '11', '12'], true, 'mid', 1),
  m('M2006C3LC', 'xiaomi', ['10'], false, 'old', 1.5),
  m('Redmi Note 8 Pro', 'xiaomi', ['9', '10', '11'], false, 'old', 1),
  m('Redmi Note 7', 'xiaomi', ['9', '10'], false, 'old', 0.8),
  m('MI 8', 'xiaomi', ['9', '10'], false, 'old', 0.5),
  m('PBAM00', 'oppo', ['8.1.0', '9', '10'], false, 'old', 1.2),
  m('PCAM00', 'oppo', ['9', '10', '11'], false, 'old', 1.2),
  m('PDVM00', 'oppo', ['10', '11'], false, 'old', 1),
  m('PEHM00', 'oppo', ['11', '12'], true, 'mid', 1.2),
  m('PFJM10', 'oppo', ['11', '12', '13'], true, 'mid', 1),
  m('PHJ110', 'oppo', ['13'], true, 'new', 0.8),
  m('PGEM10', 'oppo', ['13'], true, 'new', 1),
  m('PEGM00', 'oppo', ['11', '12', '13'], true, 'mid', 1),
  m('PCLM10', 'oppo', ['10', '11'], true, 'mid', 0.8),
  m('PHB110', 'oppo', ['13', '14'], true, 'new', 0.5),
  m('LE2120', 'oppo', ['11', '12', '13'], true, 'mid', 0.3),
  m('RMX3366', 'oppo', ['12', '13'], true, 'mid', 0.4),
  m('RMX2202', 'oppo', ['11', '12', '13'], true, 'mid', 0.3),
  m('V2054A', 'vivo', ['10', '11', '12'], true, 'mid', 1.2),
  m('V2171A', 'vivo', ['11', '12', '13'], false, 'mid', 1),
  m('V2197A', 'vivo', ['12', '13'], true, 'new', 0.8),
  m('V2231A', 'vivo', ['12', '13'], true, 'mid', 1),
  m('V2243A', 'vivo', ['13'], true, 'new', 0.8),
  m('V2309A', 'vivo', ['14'], true, 'new', 0.6),
  m('V1934A', 'vivo', ['9', '10', '11'], false, 'old', 1),
  m('V1901A', 'vivo', ['9', '10'], false, 'old', 1.2),
  m('vivo X21A', 'vivo', ['8.1.0', '9'], false, 'old', 0.8),
  m('vivo Y85A', 'vivo', ['8.1.0'], false, 'old', 0.6),
  m('SM-G9910', 'samsung', ['12', '13'], true, 'new', 0.2),
  m('SM-S9180', 'samsung', ['13', '14'], true, 'new', 0.2),
];

/** AOSP-style build ids per vendor family and Android version; a model+version has one or two in the field. */
const BUILDS: Record<'xiaomi' | 'oppo' | 'vivo' | 'samsung', Record<string, readonly string[]>> = {
  xiaomi: {
    '9': ['PKQ1.180904.001', 'PKQ1.190118.001'],
    '10': ['QKQ1.191117.002', 'QP1A.190711.020'],
    '11': ['RKQ1.200826.002', 'RP1A.200720.011'],
    '12': ['SKQ1.211006.001', 'SKQ1.211230.001', 'SKQ1.220303.001'],
    '13': ['TKQ1.221114.001', 'TKQ1.220829.002', 'TP1A.220624.014'],
    '14': ['UKQ1.230804.001', 'UKQ1.231003.002'],
  },
  oppo: {
    '8.1.0': ['OPM1.171019.026'],
    '9': ['PKQ1.190519.001', 'PPR1.180610.011'],
    '10': ['QKQ1.191222.002', 'QP1A.190711.020'],
    '11': ['RP1A.200720.011', 'RKQ1.201105.002'],
    '12': ['SP1A.210812.016', 'SKQ1.210216.001'],
    '13': ['TP1A.220905.001', 'TP1A.220624.014'],
    '14': ['UKQ1.230924.001', 'UP1A.230620.001'],
  },
  vivo: {
    '8.1.0': ['OPM1.171019.026'],
    '9': ['PKQ1.190302.001', 'PKQ1.180819.001'],
    '10': ['QP1A.190711.020'],
    '11': ['RP1A.200720.012'],
    '12': ['SP1A.210812.003'],
    '13': ['TP1A.220624.014'],
    '14': ['UP1A.231005.007'],
  },
  samsung: {
    '12': ['SP1A.210812.016'],
    '13': ['TP1A.220624.014'],
    '14': ['UP1A.231005.007'],
  },
};

/** The build id of a model running `version`; `variant` picks among the builds seen for it. */
export function buildId(model: AndroidModel, version: string, variant: number): string {
  if (model.style === 'huawei') return `HUAWEI${model.model}`;
  if (model.style === 'honor') return `HONOR${model.model}`;
  const builds = BUILDS[model.style][version] ?? BUILDS.oppo[version];
  return builds[variant % builds.length];
}
