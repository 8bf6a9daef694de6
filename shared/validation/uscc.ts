/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 *
 * 18 characters from a 31-character alphabet (digits and capital letters without I, O, Z, S, V):
 * registration authority, institution category, 6-digit division code, 9-character organisation
 * code and a check character. Pure functions, no I/O. Lowercase input is accepted.
 */

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Registration authorities (first character) and the institution categories (second character)
 * each may issue: GB 32100-2015 Table 1 as amended by its Amendment No. 1 (2016), plus the
 * categories since assigned for village and residents' committees (民政 4, 5) and for
 * representative offices of foreign NGOs (公安 G). No other first or second character is issued.
 * The categories, by authority (9 其他 wherever listed):
 * 1 机构编制: 1 机关, 2 事业单位, 3 中央编办直接管理机构编制的群众团体;
 * 2 外交: 1 外国常驻新闻机构; 3 司法行政: 1 律师执业机构, 2 公证处, 3 基层法律服务所, 4 司法鉴定机构,
 * 5 仲裁委员会; 4 文化: 1 外国在华文化中心; 5 民政: 1 社会团体, 2 民办非企业单位, 3 基金会,
 * 4 村民委员会, 5 居民委员会; 6 旅游: 1 外国旅游部门常驻代表机构, 2 港澳台地区旅游部门常驻内地（大陆）代表机构;
 * 7 宗教: 1 宗教活动场所, 2 宗教院校; 8 工会: 1 基层工会; 9 工商: 1 企业, 2 个体工商户, 3 农民专业合作社
 * (no 9); A 中央军委改革和编制办公室: 1 军队事业单位; G 公安: 1 境外非政府组织代表机构;
 * N 农业: 1 组级, 2 村级, 3 乡镇级集体经济组织; Y 其他: 1 only.
 */
export const USCC_AUTHORITIES: Readonly<
  Record<string, { readonly nameZh: string; readonly categories: string }>
> = {
  '1': { nameZh: '机构编制', categories: '1239' },
  '2': { nameZh: '外交', categories: '19' },
  '3': { nameZh: '司法行政', categories: '123459' },
  '4': { nameZh: '文化', categories: '19' },
  '5': { nameZh: '民政', categories: '123459' },
  '6': { nameZh: '旅游', categories: '129' },
  '7': { nameZh: '宗教', categories: '129' },
  '8': { nameZh: '工会', categories: '19' },
  '9': { nameZh: '工商', categories: '123' },
  A: { nameZh: '中央军委改革和编制办公室', categories: '19' },
  G: { nameZh: '公安', categories: '19' },
  N: { nameZh: '农业', categories: '1239' },
  Y: { nameZh: '其他', categories: '1' },
};
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters. Throws if they are not 17 characters of the alphabet. */
export function usccCheckChar(first17: string): string {
  const s = first17.toUpperCase();
  if (s.length !== 17) throw new Error('usccCheckChar expects exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(s.charAt(i));
    if (value < 0) throw new Error(`usccCheckChar: '${s.charAt(i)}' is not in the code alphabet`);
    sum += value * (WEIGHTS[i] as number);
  }
  const check = 31 - (sum % 31);
  return USCC_ALPHABET.charAt(check === 31 ? 0 : check);
}

/** What is wrong with a unified social credit code, in Chinese, or null when it is valid. */
export function usccProblem(code: string): string | null {
  if (typeof code !== 'string' || code.length === 0) return '请填写统一社会信用代码';
  if (code.length !== 18) return `统一社会信用代码应为18位，当前为${code.length}位`;
  const s = code.toUpperCase();
  for (const ch of s) {
    if (!USCC_ALPHABET.includes(ch)) {
      return `统一社会信用代码含有无效字符“${ch}”（只能是数字和除I、O、Z、S、V以外的大写字母）`;
    }
  }
  const authority = USCC_AUTHORITIES[s.charAt(0)];
  if (!authority)
    return `统一社会信用代码第1位（登记管理部门代码）“${s.charAt(0)}”无效，应为${Object.keys(USCC_AUTHORITIES).join('、')}之一（《法人和其他组织统一社会信用代码编码规则》）`;
  if (!authority.categories.includes(s.charAt(1)))
    return `统一社会信用代码第2位（机构类别代码）“${s.charAt(1)}”无效：登记管理部门“${authority.nameZh}”的机构类别代码只有${[...authority.categories].join('、')}`;
  if (!/^\d{6}$/.test(s.slice(2, 8))) return '统一社会信用代码第3至8位（登记管理机关行政区划码）应为数字';
  if (usccCheckChar(s.slice(0, 17)) !== s.charAt(17)) return '统一社会信用代码校验码不正确';
  return null;
}

/** True when `code` is a valid unified social credit code (see usccProblem). */
export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}
