/**
 * Directory of administrative agencies (行政机关, possible respondents) and reconsideration bodies
 * (行政复议机关) for 青海省, with the jurisdiction rules of the Administrative Reconsideration Law as
 * revised 2023 (in force 2024-01-01), Arts. 24–27. Pure data and functions, no I/O.
 *
 * The seed is a realistic sample, not the whole province. Adding an agency is one row; the
 * competent body is derived from the rules, never written into the row (except the upper-level
 * department of a vertically managed agency, Art. 27, which is a fact of that agency's system).
 */

export type AdminLevel = 'province' | 'city' | 'county';

export interface Agency {
  readonly id: string;
  readonly nameZh: string;
  readonly level: AdminLevel;
  /**
   * government: a people's government (人民政府);
   * department: a working department of a people's government (人民政府工作部门);
   * verticalDepartment: an agency under vertical leadership — customs, finance, foreign exchange,
   * tax, state security (Art. 27).
   */
  readonly kind: 'government' | 'department' | 'verticalDepartment';
  /**
   * For a department: the people's government it belongs to. For a government below the province:
   * the people's government one level up. Absent for the provincial government and vertical agencies.
   */
  readonly parentGovernmentId?: string;
  /** For a vertical agency: the reconsideration body that is its upper-level competent department (Art. 27). */
  readonly upperDepartmentBodyId?: string;
  readonly regionZh: string;
}

export interface ReconsiderationBody {
  readonly id: string;
  readonly nameZh: string;
  /** 'national' only for the head office of a vertical system (e.g. 海关总署), outside the province. */
  readonly level: AdminLevel | 'national';
  /** The office that does the work of the body (行政复议机构), e.g. '西宁市司法局（行政复议办公室）'. */
  readonly officeNameZh: string;
  /** The body above it, for supervisors' visibility; absent at the top of a hierarchy. */
  readonly parentBodyId?: string;
  /**
   * The body's abbreviation in its document numbers (文号): '宁政复' gives decisions numbered
   * 宁政复决字〔2026〕12号 and mediation documents 宁政复调字〔2026〕3号.
   */
  readonly numberPrefixZh: string;
}

export interface CompetentBody {
  readonly body: ReconsiderationBody;
  /** Article and its rule, in Chinese, for the citizen and for the acceptance decision. */
  readonly basisZh: string;
  /**
   * True when the body reviews its own act (Art. 24(2): a provincial government reviewing its own
   * act). The opinion of the reconsideration committee is then mandatory (Art. 52(2)(3)), and the
   * decision may be taken to the State Council for a final ruling (Art. 26).
   */
  readonly selfReview: boolean;
}

export interface DirectoryEntry {
  readonly agencyId: string;
  readonly nameZh: string;
  readonly level: AdminLevel;
  readonly kind: Agency['kind'];
  readonly regionZh: string;
  readonly competentBodyId: string;
  readonly competentBodyNameZh: string;
  readonly officeNameZh: string;
  readonly basisZh: string;
  readonly selfReview: boolean;
}

/** The rules, one string each, quoted in every resolution. */
export const jurisdictionBasisZh = {
  department:
    '《行政复议法》第二十四条第一款第一项：对县级以上地方各级人民政府工作部门作出的行政行为不服的，由本级人民政府管辖',
  lowerGovernment:
    '《行政复议法》第二十四条第一款第二项：对下一级人民政府作出的行政行为不服的，由上一级人民政府管辖',
  provinceSelf:
    '《行政复议法》第二十四条第二款：省、自治区、直辖市人民政府同时管辖对本机关作出的行政行为不服的行政复议案件',
  vertical:
    '《行政复议法》第二十七条：对海关、金融、外汇管理等实行垂直领导的行政机关、税务和国家安全机关的行政行为不服的，向上一级主管部门申请行政复议',
} as const;

export const bodies: readonly ReconsiderationBody[] = Object.freeze([
  // People's governments (Art. 24).
  {
    id: 'gov-qh',
    nameZh: '青海省人民政府',
    level: 'province',
    officeNameZh: '青海省司法厅（行政复议办公室）',
    numberPrefixZh: '青政复',
  },
  {
    id: 'gov-xn',
    nameZh: '西宁市人民政府',
    level: 'city',
    officeNameZh: '西宁市司法局（行政复议办公室）',
    numberPrefixZh: '宁政复',
    parentBodyId: 'gov-qh',
  },
  {
    id: 'gov-hd',
    nameZh: '海东市人民政府',
    level: 'city',
    officeNameZh: '海东市司法局（行政复议办公室）',
    numberPrefixZh: '东政复',
    parentBodyId: 'gov-qh',
  },
  {
    id: 'gov-xn-cz',
    nameZh: '西宁市城中区人民政府',
    level: 'county',
    officeNameZh: '西宁市城中区司法局（行政复议办公室）',
    numberPrefixZh: '城中政复',
    parentBodyId: 'gov-xn',
  },
  {
    id: 'gov-xn-cd',
    nameZh: '西宁市城东区人民政府',
    level: 'county',
    officeNameZh: '西宁市城东区司法局（行政复议办公室）',
    numberPrefixZh: '城东政复',
    parentBodyId: 'gov-xn',
  },
  {
    id: 'gov-hd-ld',
    nameZh: '海东市乐都区人民政府',
    level: 'county',
    officeNameZh: '海东市乐都区司法局（行政复议办公室）',
    numberPrefixZh: '乐都政复',
    parentBodyId: 'gov-hd',
  },
  // Upper-level competent departments of vertically managed agencies (Art. 27).
  {
    id: 'tax-qh',
    nameZh: '国家税务总局青海省税务局',
    level: 'province',
    officeNameZh: '国家税务总局青海省税务局政策法规处',
    numberPrefixZh: '青税复',
  },
  {
    id: 'tax-xn',
    nameZh: '国家税务总局西宁市税务局',
    level: 'city',
    officeNameZh: '国家税务总局西宁市税务局政策法规科',
    numberPrefixZh: '宁税复',
    parentBodyId: 'tax-qh',
  },
  {
    id: 'customs-gac',
    nameZh: '海关总署',
    level: 'national',
    officeNameZh: '海关总署政策法规司',
    numberPrefixZh: '署复',
  },
]);

export const agencies: readonly Agency[] = Object.freeze([
  // Province.
  { id: 'gov-qh', nameZh: '青海省人民政府', level: 'province', kind: 'government', regionZh: '青海省' },
  {
    id: 'dept-qh-zrzy',
    nameZh: '青海省自然资源厅',
    level: 'province',
    kind: 'department',
    parentGovernmentId: 'gov-qh',
    regionZh: '青海省',
  },
  {
    id: 'dept-qh-scjg',
    nameZh: '青海省市场监督管理局',
    level: 'province',
    kind: 'department',
    parentGovernmentId: 'gov-qh',
    regionZh: '青海省',
  },
  // 西宁市.
  {
    id: 'gov-xn',
    nameZh: '西宁市人民政府',
    level: 'city',
    kind: 'government',
    parentGovernmentId: 'gov-qh',
    regionZh: '青海省西宁市',
  },
  ...(
    [
      ['dept-xn-scjg', '西宁市市场监督管理局'],
      ['dept-xn-ga', '西宁市公安局'],
      ['dept-xn-zrzy', '西宁市自然资源和规划局'],
      ['dept-xn-sthj', '西宁市生态环境局'],
      ['dept-xn-rsj', '西宁市人力资源和社会保障局'],
    ] as const
  ).map(
    ([id, nameZh]): Agency => ({
      id,
      nameZh,
      level: 'city',
      kind: 'department',
      parentGovernmentId: 'gov-xn',
      regionZh: '青海省西宁市',
    }),
  ),
  // 海东市.
  {
    id: 'gov-hd',
    nameZh: '海东市人民政府',
    level: 'city',
    kind: 'government',
    parentGovernmentId: 'gov-qh',
    regionZh: '青海省海东市',
  },
  {
    id: 'dept-hd-scjg',
    nameZh: '海东市市场监督管理局',
    level: 'city',
    kind: 'department',
    parentGovernmentId: 'gov-hd',
    regionZh: '青海省海东市',
  },
  // Counties and districts.
  {
    id: 'gov-xn-cz',
    nameZh: '西宁市城中区人民政府',
    level: 'county',
    kind: 'government',
    parentGovernmentId: 'gov-xn',
    regionZh: '青海省西宁市城中区',
  },
  {
    id: 'dept-xn-cz-scjg',
    nameZh: '西宁市城中区市场监督管理局',
    level: 'county',
    kind: 'department',
    parentGovernmentId: 'gov-xn-cz',
    regionZh: '青海省西宁市城中区',
  },
  {
    id: 'gov-xn-cd',
    nameZh: '西宁市城东区人民政府',
    level: 'county',
    kind: 'government',
    parentGovernmentId: 'gov-xn',
    regionZh: '青海省西宁市城东区',
  },
  {
    id: 'dept-xn-cd-cg',
    nameZh: '西宁市城东区城市管理局',
    level: 'county',
    kind: 'department',
    parentGovernmentId: 'gov-xn-cd',
    regionZh: '青海省西宁市城东区',
  },
  {
    id: 'gov-hd-ld',
    nameZh: '海东市乐都区人民政府',
    level: 'county',
    kind: 'government',
    parentGovernmentId: 'gov-hd',
    regionZh: '青海省海东市乐都区',
  },
  {
    id: 'dept-hd-ld-nykj',
    nameZh: '海东市乐都区农业农村和科技局',
    level: 'county',
    kind: 'department',
    parentGovernmentId: 'gov-hd-ld',
    regionZh: '青海省海东市乐都区',
  },
  // Vertically managed agencies (Art. 27).
  {
    id: 'tax-xn',
    nameZh: '国家税务总局西宁市税务局',
    level: 'city',
    kind: 'verticalDepartment',
    upperDepartmentBodyId: 'tax-qh',
    regionZh: '青海省西宁市',
  },
  {
    id: 'tax-xn-cz',
    nameZh: '国家税务总局西宁市城中区税务局',
    level: 'county',
    kind: 'verticalDepartment',
    upperDepartmentBodyId: 'tax-xn',
    regionZh: '青海省西宁市城中区',
  },
  {
    id: 'customs-xn',
    nameZh: '西宁海关',
    level: 'province',
    kind: 'verticalDepartment',
    upperDepartmentBodyId: 'customs-gac',
    regionZh: '青海省',
  },
]);

const agencyIndex: ReadonlyMap<string, Agency> = new Map(agencies.map((a) => [a.id, a]));
const bodyIndex: ReadonlyMap<string, ReconsiderationBody> = new Map(bodies.map((b) => [b.id, b]));

export function agencyById(id: string): Agency | undefined {
  return agencyIndex.get(id);
}

export function bodyById(id: string): ReconsiderationBody | undefined {
  return bodyIndex.get(id);
}

function resolved(
  bodyId: string | undefined,
  basisZh: string,
  selfReview = false,
): CompetentBody | undefined {
  const body = bodyId === undefined ? undefined : bodyIndex.get(bodyId);
  return body ? { body, basisZh, selfReview } : undefined;
}

/**
 * The reconsideration body competent for an application against the agency's act, with the
 * article it rests on; undefined for an unknown agency (or a seed gap, which the tests forbid).
 */
export function competentBodyFor(agencyId: string): CompetentBody | undefined {
  const agency = agencyIndex.get(agencyId);
  if (!agency) return undefined;
  switch (agency.kind) {
    case 'department':
      return resolved(agency.parentGovernmentId, jurisdictionBasisZh.department);
    case 'government':
      return agency.level === 'province'
        ? resolved(agency.id, jurisdictionBasisZh.provinceSelf, true)
        : resolved(agency.parentGovernmentId, jurisdictionBasisZh.lowerGovernment);
    case 'verticalDepartment':
      return resolved(agency.upperDepartmentBodyId, jurisdictionBasisZh.vertical);
  }
}

/** The body itself and every body below it (transitively), for a supervisor's visibility. */
export function bodiesUnder(bodyId: string): string[] {
  if (!bodyIndex.has(bodyId)) return [];
  const out: string[] = [];
  const queue = [bodyId];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (out.includes(id)) continue;
    out.push(id);
    for (const b of bodies) if (b.parentBodyId === id) queue.push(b.id);
  }
  return out;
}

/** Every agency with its competent body and the basis, for the API's directory endpoint. */
export function directoryListing(): DirectoryEntry[] {
  return agencies.flatMap((a): DirectoryEntry[] => {
    const c = competentBodyFor(a.id);
    if (!c) return [];
    return [
      {
        agencyId: a.id,
        nameZh: a.nameZh,
        level: a.level,
        kind: a.kind,
        regionZh: a.regionZh,
        competentBodyId: c.body.id,
        competentBodyNameZh: c.body.nameZh,
        officeNameZh: c.body.officeNameZh,
        basisZh: c.basisZh,
        selfReview: c.selfReview,
      },
    ];
  });
}
