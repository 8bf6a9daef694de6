import { inflateRawSync } from 'node:zlib';
import type {
  CaseParties,
  DocumentInput,
  Party,
  ReconsiderationDocumentFields,
  ReconsiderationDocumentKind,
} from '../../shared/documents';

/**
 * One realistic document of each kind for the documents tests and bench: the fine of
 * test/support/fixtures.ts (西宁市市场监督管理局, 宁市监罚〔2026〕88号) under review by 西宁市人民政府,
 * with what each document must say, in reading order.
 */

export const applicant: Party = {
  name: '张三',
  kind: 'person',
  details: '男，1985年3月12日出生，住青海省西宁市城中区南大街1号',
  agents: [{ name: '李四', details: '青海某某律师事务所律师' }],
};
export const respondent: Party = {
  name: '西宁市市场监督管理局',
  kind: 'organisation',
  details: '住所地青海省西宁市城西区五四大街2号。法定代表人：王五，局长',
};
export const thirdParty: Party = {
  name: '西宁某某商贸有限公司',
  kind: 'organisation',
  details: '住所地青海省西宁市城西区五四大街1号。法定代表人：赵六，总经理',
};
export const parties: CaseParties = { applicant, respondent };

const issuerZh = '西宁市人民政府';
const act = '于2026年2月2日作出的《行政处罚决定书》（宁市监罚〔2026〕88号）';
const opening = { act, appliedOn: '2026-03-02', acceptedOn: '2026-03-06' } as const;

type Inputs = { [K in ReconsiderationDocumentKind]: DocumentInput<ReconsiderationDocumentFields<K>> };

export const documentInputs: Inputs = {
  acceptance: {
    number: '宁政复受字〔2026〕15号',
    issuerZh,
    issuedOn: '2026-03-06',
    parties,
    fields: { ...opening, track: 'ordinary', contact: '马晓，0971-8251234' },
  },
  refusal: {
    number: '宁政复不受字〔2026〕3号',
    issuerZh,
    issuedOn: '2026-03-06',
    parties,
    fields: {
      act,
      appliedOn: '2026-03-02',
      reasons: ['本机关不是有管辖权的行政复议机关（《中华人民共和国行政复议法》第三十条第二款）'],
      competentBody: '青海省市场监督管理局',
    },
  },
  correction: {
    number: '宁政复补字〔2026〕7号',
    issuerZh,
    issuedOn: '2026-03-04',
    parties,
    fields: {
      receivedOn: '2026-03-02',
      items: ['申请人身份证明复印件', '被申请行政复议的《行政处罚决定书》复印件', '明确具体的行政复议请求'],
    },
  },
  replyNotice: {
    number: '宁政复答字〔2026〕15号',
    issuerZh,
    issuedOn: '2026-03-09',
    parties,
    fields: { ...opening, track: 'ordinary', copy: 'application', contact: '马晓，0971-8251234' },
  },
  thirdPartyNotice: {
    number: '宁政复参字〔2026〕2号',
    issuerZh,
    issuedOn: '2026-03-10',
    parties: { ...parties, thirdParties: [thirdParty] },
    recipient: thirdParty,
    fields: opening,
  },
  hearingNotice: {
    number: '宁政复听字〔2026〕4号',
    issuerZh,
    issuedOn: '2026-04-01',
    parties,
    recipient: applicant,
    fields: {
      act,
      hearingDate: '2026-04-15',
      hearingTime: '上午9时30分',
      place: '西宁市人民政府行政复议听证室（西宁市城中区长江路8号）',
      issues: ['检测报告是否依法送达申请人', '罚款数额是否适当'],
      presiding: '陈七',
    },
  },
  suspension: {
    number: '宁政复中字〔2026〕1号',
    issuerZh,
    issuedOn: '2026-04-20',
    parties,
    recipient: applicant,
    fields: {
      ...opening,
      ground: 'awaitingOtherCase',
      reason: '本案审理需要以西宁市城中区人民法院（2026）青0103民初123号案件的审理结果为依据，该案尚未审结',
      suspendedOn: '2026-04-20',
    },
  },
  resumption: {
    number: '宁政复恢字〔2026〕1号',
    issuerZh,
    issuedOn: '2026-05-18',
    parties,
    recipient: respondent,
    fields: {
      act,
      appliedOn: '2026-03-02',
      suspendedOn: '2026-04-20',
      causeEnded: '西宁市城中区人民法院（2026）青0103民初123号案件已审结',
      resumedOn: '2026-05-18',
    },
  },
  termination: {
    number: '宁政复终字〔2026〕2号',
    issuerZh,
    issuedOn: '2026-04-08',
    parties,
    fields: {
      ...opening,
      ground: 'withdrawn',
      circumstances:
        '2026年4月3日，申请人以与被申请人达成和解为由，向本机关提出撤回行政复议申请。经审查，申请人撤回申请系其真实意思表示，本机关准予撤回。',
    },
  },
  extension: {
    number: '宁政复延字〔2026〕5号',
    issuerZh,
    issuedOn: '2026-04-28',
    parties,
    recipient: applicant,
    fields: {
      ...opening,
      reason: '案件涉及的检测报告需要重新鉴定',
      newDueOn: '2026-06-04',
    },
  },
  mediation: {
    number: '宁政复调字〔2026〕1号',
    issuerZh,
    issuedOn: '2026-04-16',
    parties,
    fields: {
      ...opening,
      requests: '撤销宁市监罚〔2026〕88号行政处罚决定。',
      terms: [
        '被申请人将罚款数额由5000元变更为2000元',
        '申请人于本调解书生效之日起按照变更后的数额缴纳罚款',
        '申请人放弃其他行政复议请求',
      ],
    },
  },
  decision: {
    number: '宁政复决字〔2026〕12号',
    issuerZh,
    issuedOn: '2026-11-24',
    parties,
    fields: {
      ...opening,
      track: 'ordinary',
      requests: '撤销宁市监罚〔2026〕88号行政处罚决定。',
      applicantClaims:
        '申请人经营的便利店所售食品均有合法来源，被申请人所依据的检测报告未送达申请人，认定事实不清。\n被申请人未告知申请人陈述、申辩的权利，程序违法。',
      respondentReply:
        '被申请人作出的行政处罚决定事实清楚、证据确凿、适用依据正确、程序合法、内容适当，请求予以维持。',
      procedureNotes: '本机关于2026年4月15日举行了听证，申请人、被申请人均参加了听证。',
      facts:
        '2026年1月20日，被申请人执法人员对申请人经营的便利店进行检查，抽取样品送检。2026年1月28日，检测报告载明样品不合格。2026年2月2日，被申请人作出宁市监罚〔2026〕88号行政处罚决定，对申请人处以罚款5000元。'.repeat(
          3,
        ),
      reasoning:
        '被申请人在作出行政处罚决定前，未将检测报告送达申请人，也未告知申请人依法享有的陈述、申辩权利，违反了《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，属于违反法定程序。'.repeat(
          3,
        ),
      decisionType: 'revoke',
      newActDeadline: '自收到本决定书之日起三十日内',
    },
  },
};

/** What each document must say, in this order (whitespace ignored). */
export const expectedInOrder: Record<ReconsiderationDocumentKind, string[]> = {
  acceptance: [
    '西宁市人民政府',
    '行政复议受理通知书',
    '宁政复受字〔2026〕15号',
    '张三：',
    '你不服西宁市市场监督管理局于2026年2月2日作出的',
    '于2026年3月2日',
    '《中华人民共和国行政复议法》第三十条第一款',
    '受理日期为2026年3月6日',
    '本案适用普通程序审理',
    '自受理之日起六十日内作出行政复议决定',
    '最多不超过三十日',
    '联系人及联系电话：马晓，0971-8251234',
    '特此通知。',
    '西宁市人民政府',
    '二〇二六年三月六日',
  ],
  refusal: [
    '不予受理行政复议申请决定书',
    '宁政复不受字〔2026〕3号',
    '张三：',
    '本机关不是有管辖权的行政复议机关',
    '第三十条第二款的规定，本机关决定不予受理',
    '可以向有管辖权的青海省市场监督管理局提出行政复议申请',
    '如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼',
    '二〇二六年三月六日',
  ],
  correction: [
    '行政复议申请补正通知书',
    '宁政复补字〔2026〕7号',
    '张三：',
    '本机关于2026年3月2日收到你提出的行政复议申请',
    '第三十一条第一款',
    '（一）申请人身份证明复印件',
    '（二）被申请行政复议的《行政处罚决定书》复印件',
    '（三）明确具体的行政复议请求',
    '自收到本通知书之日起十个工作日内',
    '视为放弃行政复议申请',
    '二〇二六年三月四日',
  ],
  replyNotice: [
    '提出答复通知书',
    '宁政复答字〔2026〕15号',
    '西宁市市场监督管理局：',
    '张三不服你单位于2026年2月2日作出的',
    '现将行政复议申请书副本发送你单位',
    '第四十八条',
    '自收到行政复议申请书副本之日起十个工作日内，提出书面答复',
    '视为该行政行为没有证据、依据',
    '不得自行向申请人和其他有关单位或者个人收集证据',
    '附件：行政复议申请书副本',
    '二〇二六年三月九日',
  ],
  thirdPartyNotice: [
    '参加行政复议通知书',
    '西宁某某商贸有限公司：',
    '张三不服西宁市市场监督管理局',
    '第十六条第一款',
    '本机关通知你单位作为第三人参加行政复议',
    '一至二名律师',
    '你单位不参加行政复议的，不影响行政复议案件的审理',
    '二〇二六年三月十日',
  ],
  hearingNotice: [
    '行政复议听证通知书',
    '张三：',
    '第五十一条',
    '听证时间：2026年4月15日上午9时30分',
    '听证地点：西宁市人民政府行政复议听证室',
    '听证主持人：陈七',
    '（一）检测报告是否依法送达申请人',
    '（二）罚款数额是否适当',
    '视为放弃听证权利',
    '二〇二六年四月一日',
  ],
  suspension: [
    '行政复议中止审理通知书',
    '张三：',
    '本机关已于2026年3月6日依法受理',
    '第三十九条第一款第八项',
    '自2026年4月20日起中止本案的审理',
    '及时恢复审理',
    '二〇二六年四月二十日',
  ],
  resumption: [
    '行政复议恢复审理通知书',
    '西宁市市场监督管理局：',
    '本机关于2026年4月20日中止了本案的审理',
    '案件已审结',
    '自2026年5月18日起恢复本案的审理',
    '二〇二六年五月十八日',
  ],
  termination: [
    '终止行政复议决定书',
    '申请人：张三，男，1985年3月12日出生',
    '委托代理人：李四',
    '被申请人：西宁市市场监督管理局',
    '本机关准予撤回',
    '第四十一条第一项',
    '终止本案的行政复议',
    '不得再以同一事实和理由提出行政复议申请',
    '二〇二六年四月八日',
  ],
  extension: [
    '行政复议延期审理通知书',
    '张三：',
    '因案件涉及的检测报告需要重新鉴定',
    '第六十二条第一款',
    '经本机关行政复议机构负责人批准',
    '延长至2026年6月4日',
    '二〇二六年四月二十八日',
  ],
  mediation: [
    '行政复议调解书',
    '申请人：张三',
    '被申请人：西宁市市场监督管理局',
    '申请人请求：撤销宁市监罚〔2026〕88号',
    '（一）被申请人将罚款数额由5000元变更为2000元',
    '（三）申请人放弃其他行政复议请求',
    '本机关予以确认',
    '经各方当事人签字或者签章，并加盖本机关印章，即具有法律效力',
    '申请人（签字或者签章）：',
    '被申请人（签章）：',
    '二〇二六年四月十六日',
  ],
  decision: [
    '西宁市人民政府',
    '行政复议决定书',
    '宁政复决字〔2026〕12号',
    '申请人：张三，男，1985年3月12日出生，住青海省西宁市城中区南大街1号。',
    '委托代理人：李四，青海某某律师事务所律师。',
    '被申请人：西宁市市场监督管理局',
    '申请人不服被申请人于2026年2月2日作出的《行政处罚决定书》（宁市监罚〔2026〕88号），于2026年3月2日向本机关申请行政复议，本机关已于2026年3月6日依法受理。',
    '本案依法适用普通程序审理',
    '申请人请求：',
    '申请人称：',
    '被申请人未告知申请人陈述、申辩的权利，程序违法。',
    '被申请人称：',
    '本机关于2026年4月15日举行了听证',
    '经审理查明：',
    '本机关认为：',
    '根据《中华人民共和国行政复议法》第六十四条的规定，本机关决定：撤销被申请人于2026年2月2日作出的《行政处罚决定书》（宁市监罚〔2026〕88号）。',
    '责令被申请人自收到本决定书之日起三十日内重新作出行政行为。',
    '如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼',
    '本决定书一经送达，即发生法律效力。',
    '西宁市人民政府',
    '二〇二六年十一月二十四日',
  ],
};

/** A PDF's text without its page numbers (— 2 —), which fall inside a paragraph that runs over a page. */
export const withoutPageNumbers = (text: string) => text.replace(/—\s*\d+\s*—/g, '');

/** Removes every whitespace, including the line breaks a PDF's text comes back with. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Where each part first occurs in `text` after the previous one (−1 if it does not), so a test
 * can show exactly which part is missing or out of order.
 */
export function positionsInOrder(text: string, parts: readonly string[]): { part: string; at: number }[] {
  const flat = squash(text);
  let from = 0;
  return parts.map((p) => {
    const at = flat.indexOf(squash(p), from);
    if (at >= 0) from = at + squash(p).length;
    return { part: p, at };
  });
}

/** The files of a ZIP archive (a DOCX), by name: stored or deflated entries, read from the central directory. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a ZIP archive');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < entries; i++) {
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + compressed);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** The text of a DOCX body: every w:t run, one paragraph a line. */
export function docxText(documentXml: string): string {
  return documentXml
    .split('</w:p>')
    .map((para) =>
      [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => (m[1] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
        .join(''),
    )
    .filter(Boolean)
    .join('\n');
}
