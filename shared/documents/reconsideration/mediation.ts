import { defineTemplate } from '../template';
import {
  type AcceptedCase,
  ARL,
  acceptedCaseOpeningParties,
  acceptedOnField,
  actField,
  appliedOnField,
} from './common';

/**
 * 行政复议调解书: the parties listed at the top, the agreed terms, and a line for each party's
 * signature; it binds once every party has signed and the body has sealed it (Arts. 5, 73).
 */
export interface MediationFields extends AcceptedCase {
  /** 申请人请求 */
  readonly requests: string;
  /** 经审理查明 (optional in a mediation statement) */
  readonly facts?: string;
  /** The terms the parties agreed, each a paragraph. */
  readonly terms: readonly string[];
}

export const mediationStatement = defineTemplate<MediationFields>({
  kind: 'mediation',
  titleZh: '行政复议调解书',
  addressee: 'parties',
  partySignatures: true,
  fields: {
    act: actField,
    appliedOn: appliedOnField,
    acceptedOn: acceptedOnField,
    requests: { kind: 'text', labelZh: '申请人的请求' },
    facts: { kind: 'text', labelZh: '经审理查明的事实', optional: true },
    terms: { kind: 'list', labelZh: '调解协议内容' },
  },
  basis: [`${ARL}第五条`, `${ARL}第七十三条`],
  body: [
    acceptedCaseOpeningParties,
    '申请人请求：{requests}',
    { text: '经审理查明：{facts}', when: { field: 'facts' } },
    '本案审理过程中，经本机关主持调解，各方当事人自愿达成如下协议：',
    { list: 'terms' },
    '上述协议系各方当事人自愿达成，不违反法律、法规的强制性规定，不损害国家利益、社会公共利益和他人合法权益，本机关予以确认。',
  ],
  remedy: [
    '本调解书经各方当事人签字或者签章，并加盖本机关印章，即具有法律效力。调解书生效前一方反悔的，本机关将依法审查或者及时作出行政复议决定。',
    {
      text: '调解书生效后，各方当事人应当履行。被申请人不履行或者无正当理由拖延履行的，本机关将责令其限期履行；申请人、第三人逾期不履行的，依法强制执行或者申请人民法院强制执行。',
      basis: [`${ARL}第七十七条`, `${ARL}第七十八条`],
    },
  ],
});
