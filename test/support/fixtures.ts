/** A realistic application: a 5,000 yuan fine by 西宁市市场监督管理局, known three days after it was made. */
export function fineApplication(overrides: { act?: Record<string, unknown>; [k: string]: unknown } = {}) {
  const { act, ...rest } = overrides;
  return {
    applicant: {
      type: 'person',
      name: '张三',
      residentId: '630102198503124323',
      phone: '13897001234',
      address: '青海省西宁市城中区南大街1号',
    },
    respondentAgencyId: 'dept-xn-scjg',
    act: {
      title: '行政处罚决定书',
      documentNumber: '宁市监罚〔2026〕88号',
      madeOn: '2026-02-02',
      learnedOn: '2026-02-05',
      rightsNotified: true,
      onTheSpot: false,
      kind: 'fine',
      amountYuan: 5000,
      ...act,
    },
    requests: '撤销宁市监罚〔2026〕88号行政处罚决定',
    factsAndReasons: '被申请人认定事实不清，所依据的检测报告未送达申请人，程序违法。',
    hearingRequested: false,
    ...rest,
  };
}

/** A company applying (法人): its name, credit code, legal representative, phone and registered address. */
export const companyApplicant = {
  type: 'organisation',
  name: '西宁某某商贸有限公司',
  uscc: '91350100M000100Y43',
  legalRepresentative: '李四',
  phone: '0971-6123456',
  address: '青海省西宁市城西区五四大街1号',
} as const;
