import { beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { handler as directory } from '../../functions/api/directory';
import type { Actor } from '../../shared/domain/actors';
import type { Reference } from '../../web/src/api/reference';
import type { CaseView } from '../../web/src/api/types';
import { Mediation } from '../../web/src/components/case/Mediation';
import { Parties } from '../../web/src/components/case/Parties';
import { bj, nextDay, PortalCase, people } from '../support/portal-cases';

/**
 * The case page's sections for the review parts: the mediation (with the 调解书 and the call to
 * confirm it for a party who has yet to sign) and the parties (agents and their authority, third
 * parties, withdrawals), rendered from cases the domain made, as the API shows them.
 */

const render = (node: ReactNode) =>
  renderToStaticMarkup(<ConfigProvider locale={zhCN}>{node}</ConfigProvider>)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

let reference: Reference;
beforeAll(async () => {
  const get = async (routeKey: string) => {
    const event = {
      routeKey,
      rawPath: routeKey.split(' ')[1],
      headers: {},
      requestContext: { requestId: 'portal-review', http: { method: 'GET' } },
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2;
    const r = (await directory(event, { functionName: 'test', awsRequestId: 'r1' } as Context)) as
      | APIGatewayProxyStructuredResultV2
      | undefined;
    return JSON.parse(r?.body ?? 'null');
  };
  reference = { rules: await get('GET /v1/rules'), agencies: await get('GET /v1/agencies') };
});

const day3 = bj('2026-02-12T10:00:00');
const lawyer: Actor = { userId: 'u-lawyer', role: 'applicant', nameZh: '刘律师' };

/** Accepted, the copy sent, a general agent with an account, in mediation, the 调解书 issued. */
function documentIssued() {
  return new PortalCase('case-mediation', '西宁市人民政府 2026年第000031号')
    .act(people.clerk, { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false }, nextDay)
    .act(people.clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-11' }, nextDay)
    .act(
      people.applicant,
      {
        action: 'appointAgent',
        agent: { name: '刘律师', phone: '13912345678', kind: 'lawyer', scope: 'general', userId: 'u-lawyer' },
      },
      nextDay,
    )
    .act(people.clerk, { action: 'proposeMediation', proposalZh: '就罚款数额进行调解' }, nextDay)
    .act(people.applicant, { action: 'consentToMediation', consent: true }, nextDay)
    .act(people.respondent, { action: 'consentToMediation', consent: true }, nextDay)
    .act(
      people.clerk,
      {
        action: 'issueMediationDocument',
        requestsZh: '撤销行政处罚决定',
        factsZh: '申请人认为罚款数额过高',
        termsZh: '被申请人将罚款变更为三千元',
      },
      day3,
    );
}

describe('the mediation section', () => {
  it('shows the 调解书 and asks a party who has not signed to confirm it', () => {
    const c = documentIssued();
    const text = render(<Mediation caseView={c.view<CaseView>(people.applicant)} reference={reference} />);
    expect(text).toContain('行政复议调解书待您确认签收');
    expect(text).toContain('经本机关主持调解，各方当事人自愿达成如下协议：被申请人将罚款变更为三千元');
    expect(text).toContain('第七十三条');
    expect(text).toContain('张三：尚未签收');
    expect(text).toContain('尚未加盖印章');
    expect(
      render(<Mediation caseView={c.view<CaseView>(people.respondent)} reference={reference} />),
    ).toContain('行政复议调解书待您确认签收');
  });

  it('no call for a party who signed, for staff, or for an agent without the power to mediate', () => {
    const c = documentIssued().act(people.applicant, { action: 'signMediationDocument', agreed: true }, day3);
    for (const actor of [people.applicant, people.clerk, lawyer]) {
      const text = render(<Mediation caseView={c.view<CaseView>(actor)} reference={reference} />);
      expect(text).not.toContain('待您确认签收');
      expect(text).toContain('张三：已于2026年2月12日签收');
    }
  });
});

describe('the parties section', () => {
  it('lists the agent with the authority of their power of attorney', () => {
    const text = render(
      <Parties caseView={documentIssued().view<CaseView>(people.clerk)} reference={reference} />,
    );
    expect(text).toContain('刘律师（律师，13912345678）：一般授权');
  });

  it('shows a withdrawal under review with its settlement, and says nothing on a case without any', () => {
    const c = new PortalCase('case-withdrawal', '西宁市人民政府 2026年第000032号')
      .act(people.clerk, { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false }, nextDay)
      .act(
        people.applicant,
        {
          action: 'withdraw',
          reasonZh: '已与被申请人达成和解',
          settlement: { summaryZh: '被申请人将罚款变更为三千元', concludedOn: '2026-02-11' },
        },
        nextDay,
      );
    const text = render(<Parties caseView={c.view<CaseView>(people.clerk)} reference={reference} />);
    expect(text).toContain('待复议机构负责人审查');
    expect(text).toContain('和解协议：被申请人将罚款变更为三千元');
    const none = new PortalCase('case-none', '西宁市人民政府 2026年第000033号');
    expect(
      render(<Parties caseView={none.view<CaseView>(people.clerk)} reference={reference} />).trim(),
    ).toBe('');
  });
});
