import { Descriptions, type DescriptionsProps } from 'antd';
import type { Reference } from '../../api/reference';
import { vocabulary } from '../../api/reference';
import type { CaseView } from '../../api/types';
import { formatDate } from '../../format';
import { agentKindZh } from './labels';
import { applicationStatusZh, thirdPartyBasisZh, withdrawalStatusZh } from './review-labels';
import { Section } from './Section';

type Item = NonNullable<DescriptionsProps['items']>[number];

/** An agent and the authority of their power of attorney. */
function agentItems(c: CaseView, powersZh: Readonly<Record<string, string>>): Item[] {
  return c.agents.map((a) => ({
    key: `agent-${a.id}`,
    label: `代理人${a.dismissedOn ? '（已解除）' : ''}`,
    children: (
      <span data-testid={`agent-${a.id}`}>
        {a.name}（{agentKindZh[a.kind]}
        {a.phone ? `，${a.phone}` : ''}）：
        {a.scope === 'special' ? `特别授权——${a.powers.map((p) => powersZh[p] ?? p).join('、')}` : '一般授权'}
        ；{formatDate(a.appointedOn)}登记{a.dismissedOn ? `，${formatDate(a.dismissedOn)}解除` : ''}
      </span>
    ),
  }));
}

function thirdPartyItems(c: CaseView): Item[] {
  return [
    ...c.thirdParties.map((t) => ({
      key: `third-${t.id}`,
      label: '第三人',
      children: (
        <span data-testid={`third-party-${t.id}`}>
          {t.details.name}（{thirdPartyBasisZh[t.basis]}，{formatDate(t.admittedOn)}）：{t.interestZh}
        </span>
      ),
    })),
    ...c.thirdPartyApplications
      .filter((a) => a.status !== 'admitted')
      .map((a) => ({
        key: `application-${a.id}`,
        label: '参加申请',
        children: `${a.details.name}（${formatDate(a.receivedOn)}收到，${applicationStatusZh[a.status]}）${a.refusalReasonZh ? `：${a.refusalReasonZh}` : ''}`,
      })),
  ];
}

function representativeItems(c: CaseView): Item[] {
  const r = c.representatives;
  return r
    ? [
        {
          key: 'representatives',
          label: '代表人',
          children: `申请人${r.applicantCount}人，推选${r.representatives.map((x) => x.name).join('、')}（${formatDate(r.recordedOn)}登记）`,
        },
      ]
    : [];
}

function withdrawalItems(c: CaseView): Item[] {
  return [
    ...c.withdrawals.map((w, i) => ({
      key: `withdrawal-${i}`,
      label: '撤回申请',
      children: (
        <span className="pre-wrap" data-testid={`withdrawal-${i}`}>
          {formatDate(w.requestedOn)}，{withdrawalStatusZh[w.status]}
          {w.decidedOn ? `（${formatDate(w.decidedOn)}）` : ''}。理由：{w.reasonZh}
          {w.settlement ? `。和解协议：${w.settlement.summaryZh}` : ''}
          {w.refusalReasonZh ? `。不准予撤回的理由：${w.refusalReasonZh}` : ''}
        </span>
      ),
    })),
    ...(c.priorWithdrawalAssessment
      ? [
          {
            key: 'prior-withdrawal',
            label: '前次撤回',
            children: `${c.priorWithdrawalAssessment.withdrawalGenuine ? '出于申请人真实意思' : '违背申请人真实意思表示'}：${c.priorWithdrawalAssessment.reasonZh}`,
          },
        ]
      : []),
  ];
}

/**
 * Who takes part besides the applicant and the respondent (agents with their authority, third
 * parties, representatives), and the applicant's requests to withdraw: shown when there is any.
 */
export function Parties(props: { readonly caseView: CaseView; readonly reference: Reference }) {
  const c = props.caseView;
  const powersZh = vocabulary(props.reference, c.procedure, 'specialPowersZh');
  const items = [
    ...agentItems(c, powersZh),
    ...thirdPartyItems(c),
    ...representativeItems(c),
    ...withdrawalItems(c),
  ];
  if (items.length === 0) return null;
  return (
    <Section id="parties" titleZh="参加人与撤回" testId="parties">
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={items}
      />
    </Section>
  );
}
