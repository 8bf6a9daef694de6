import { vocabulary } from '../../api/reference';
import { formatDate } from '../../format';
import { agentKindZh } from '../case/labels';
import { partyName, thirdPartyBasisZh } from '../case/review-labels';
import type { EventProps } from './reconsideration';

/**
 * Timeline details of the review parts' events: parties (third parties, agents, representatives),
 * mediation and the 调解书, withdrawal and settlement.
 */

const Note = ({ label, text }: { readonly label: string; readonly text: string | undefined }) =>
  text ? (
    <p className="event-note pre-wrap">
      {label}：{text}
    </p>
  ) : null;

// ------------------------------------------------------------------------ parties

export function ThirdPartyAdmitted({ event }: EventProps<'thirdPartyAdmitted'>) {
  const d = event.data;
  return (
    <>
      <p>
        {d.details.name}作为第三人参加行政复议（{thirdPartyBasisZh[d.basis]}，{formatDate(d.admittedOn)}）。
        {d.notice.kind === 'invitation' ? '已发出参加行政复议通知书。' : '已发出准予参加通知。'}
      </p>
      <Note label="利害关系" text={d.interestZh} />
    </>
  );
}

export function ThirdPartyApplied({ event }: EventProps<'thirdPartyApplied'>) {
  const d = event.data;
  return (
    <>
      <p>
        {formatDate(d.receivedOn)}收到{d.details.name}作为第三人参加行政复议的申请，待审查。
      </p>
      <Note label="利害关系" text={d.interestZh} />
    </>
  );
}

export function ThirdPartyApplicationRefused({ event }: EventProps<'thirdPartyApplicationRefused'>) {
  return <p className="pre-wrap">不准许参加行政复议，理由：{event.data.reasonZh}</p>;
}

export function AgentAppointed({ event, context }: EventProps<'agentAppointed'>) {
  const a = event.data.agent;
  const powersZh = vocabulary(context.reference, context.caseView.procedure, 'specialPowersZh');
  return (
    <p>
      代理人{a.name}（{agentKindZh[a.kind]}），
      {a.scope === 'special' ? `特别授权：${a.powers.map((p) => powersZh[p] ?? p).join('、')}` : '一般授权'}。
      {event.data.replacesAgentId ? '更换原代理人。' : ''}
    </p>
  );
}

export function AgentDismissed({ event }: EventProps<'agentDismissed'>) {
  return (
    <>
      <p>代理人委托于{formatDate(event.data.dismissedOn)}解除。</p>
      <Note label="说明" text={event.data.reasonZh} />
    </>
  );
}

export function RepresentativesRecorded({ event }: EventProps<'representativesRecorded'>) {
  const d = event.data;
  return (
    <p>
      申请人{d.applicantCount}人，推选代表人：{d.representatives.map((r) => r.name).join('、')}。
    </p>
  );
}

// ------------------------------------------------------------------------ mediation

export function MediationProposed({ event }: EventProps<'mediationProposed'>) {
  const d = event.data;
  return (
    <>
      <p className="pre-wrap">调解事项：{d.proposalZh}</p>
      <p>请各方当事人答复：{d.parties.map((p) => p.nameZh).join('、')}。</p>
    </>
  );
}

export function MediationConsented({ event, context }: EventProps<'mediationConsented'>) {
  const d = event.data;
  return (
    <p>
      {partyName(context.caseView, d.party)}同意调解（{d.channel === 'online' ? '网上确认' : '书面意见'}，
      {formatDate(d.on)}）。{d.allConsented ? '各方当事人均已同意，本案进入调解。' : ''}
    </p>
  );
}

export function MediationDeclined({ event, context }: EventProps<'mediationDeclined'>) {
  const d = event.data;
  return (
    <>
      <p>
        {partyName(context.caseView, d.party)}不同意调解（{formatDate(d.on)}），本案继续审理。
      </p>
      <Note label="理由" text={d.reasonZh} />
    </>
  );
}

export function MediationSessionHeld({ event, context }: EventProps<'mediationSessionHeld'>) {
  const d = event.data;
  const modesZh = vocabulary(context.reference, context.caseView.procedure, 'mediationModesZh');
  return (
    <>
      <p>
        {formatDate(d.heldOn)}，{modesZh[d.mode] ?? d.mode}，参加：
        {d.participants.map((p) => partyName(context.caseView, p)).join('、')}。
      </p>
      <p className="pre-wrap">{d.summaryZh}</p>
    </>
  );
}

export function MediationDocumentIssued({ event }: EventProps<'mediationDocumentIssued'>) {
  const d = event.data;
  return (
    <>
      <p>
        {formatDate(d.issuedOn)}制作行政复议调解书，待{d.parties.map((p) => p.nameZh).join('、')}签收。
      </p>
      <p className="pre-wrap">调解协议内容：{d.termsZh}</p>
    </>
  );
}

export function MediationDocumentSigned({ event, context }: EventProps<'mediationDocumentSigned'>) {
  const d = event.data;
  return (
    <p>
      {partyName(context.caseView, d.party)}于{formatDate(d.signedOn)}
      {d.channel === 'online' ? '网上确认签收' : '书面签字（承办人登记）'}调解书。
    </p>
  );
}

export function MediationDocumentSealed({ event }: EventProps<'mediationDocumentSealed'>) {
  return <p>调解书于{formatDate(event.data.sealedOn)}加盖行政复议机关印章。</p>;
}

export function MediationTookEffect({ event }: EventProps<'mediationTookEffect'>) {
  return (
    <p>
      行政复议调解书于{formatDate(event.data.effectiveOn)}经各方当事人签收并加盖印章，发生法律效力，本案审结。
    </p>
  );
}

export function MediationFailed({ event, context }: EventProps<'mediationFailed'>) {
  const d = event.data;
  return (
    <>
      <p>
        {d.by === 'body' ? '调解未达成协议' : `${partyName(context.caseView, d.by)}反悔或不同意调解`}（
        {formatDate(d.on)}），本案恢复审理，复议机关将依法及时作出决定。
      </p>
      <Note label="情况" text={d.reasonZh} />
    </>
  );
}

// ------------------------------------------------------------------------ withdrawal and settlement

export function WithdrawalRequested({ event }: EventProps<'withdrawalRequested'>) {
  const d = event.data;
  return (
    <>
      <p className="pre-wrap">撤回理由：{d.reasonZh}</p>
      {d.settlement ? (
        <p className="pre-wrap">
          和解协议（{formatDate(d.settlement.concludedOn)}签订）：{d.settlement.summaryZh}
        </p>
      ) : null}
      <p>待复议机构负责人决定是否准予撤回。</p>
    </>
  );
}

export function WithdrawalApproved({ event }: EventProps<'withdrawalApproved'>) {
  return (
    <>
      <p>{formatDate(event.data.approvedOn)}准予撤回，行政复议终止。</p>
      <Note label="说明" text={event.data.noteZh} />
    </>
  );
}

export function WithdrawalRefused({ event }: EventProps<'withdrawalRefused'>) {
  return <p className="pre-wrap">不准予撤回，理由：{event.data.reasonZh}。本案继续审理。</p>;
}

export function PriorWithdrawalAssessed({ event }: EventProps<'priorWithdrawalAssessed'>) {
  const d = event.data;
  return (
    <>
      <p>
        前次申请（{d.priorCaseNumber}）的撤回
        {d.withdrawalGenuine
          ? '出于申请人真实意思，本次申请不予受理。'
          : '违背申请人真实意思表示，继续受理审查。'}
      </p>
      <Note label="审查意见" text={d.reasonZh} />
    </>
  );
}
