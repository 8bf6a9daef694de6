import { vocabulary } from '../../api/reference';
import { formatDate } from '../../format';
import { servicePartyKindZh } from '../case/labels';
import { deadlineLabelZh, type EventContext } from './context';
import type { EventProps } from './reconsideration';

/**
 * The course of the review in the timeline — the reply, the route, suspension and extension, the
 * decision and its service (review/{reply,route,suspension,decision}.ts): what was recorded, in
 * the words of the case page. Long texts (the reply, the draft) are on the case page;
 * the timeline says what happened and when.
 */

const vocab = (ctx: EventContext, name: string) => vocabulary(ctx.reference, ctx.caseView.procedure, name);

/** A party of the decision's service by name, as the case's service table names it. */
function partyZh(ctx: EventContext, party: string): string {
  const record = ctx.caseView.decision?.service?.find((s) => s.party === party);
  const kind = servicePartyKindZh(party);
  return record ? `${record.nameZh}（${kind}）` : kind;
}

const Reason = ({ label, text }: { readonly label: string; readonly text: string }) => (
  <p className="event-note pre-wrap">
    {label}：{text}
  </p>
);

export function ReplySubmitted({ event }: EventProps<'replySubmitted'>) {
  const d = event.data;
  return (
    <p>
      被申请人于{formatDate(d.receivedOn)}提交书面答复，证据清单{d.evidence.length}项
      {d.inTime
        ? '，在答复期限内。'
        : '，已超过答复期限：依《行政复议法》第七十条，视为该行政行为没有证据、依据（第三人提供证据的除外）。'}
    </p>
  );
}

export function OpinionsHeard({ event, context }: EventProps<'opinionsHeard'>) {
  const d = event.data;
  const modesZh = vocab(context, 'opinionModesZh');
  const partiesZh = vocab(context, 'heardPartiesZh');
  return (
    <>
      <p>
        {formatDate(d.heardOn)}以{modesZh[d.mode] ?? d.mode}方式听取
        {d.parties.map((p) => partiesZh[p] ?? p).join('、')}
        的意见。
      </p>
      <Reason label="意见摘要" text={d.summaryZh} />
    </>
  );
}

export function ComplexityAssessed({ event }: EventProps<'complexityAssessed'>) {
  const d = event.data;
  return (
    <>
      <p>
        {d.majorDifficultComplex ? '案情重大、疑难、复杂' : '案情不属于重大、疑难、复杂'}；
        {d.highlyTechnical ? '专业性、技术性较强' : '专业性、技术性不强'}。
      </p>
      <Reason label="理由" text={d.reasonZh} />
    </>
  );
}

/** Each recomputed deadline, from its old last day to its new one. */
function DueChanges(props: {
  readonly changes: readonly { key: string; fromDue: string; toDue: string }[];
  readonly context: EventContext;
}) {
  if (!props.changes.length) return null;
  return (
    <ul className="event-list">
      {props.changes.map((c) => (
        <li key={c.key}>
          {deadlineLabelZh(props.context, c.key)}：由{formatDate(c.fromDue)}改为{formatDate(c.toDue)}
        </li>
      ))}
    </ul>
  );
}

export function ConvertedToOrdinary({ event, context }: EventProps<'convertedToOrdinary'>) {
  const d = event.data;
  return (
    <>
      <p>转为普通程序审理，进行中的期限按普通程序重新计算{d.changes.length ? '：' : '。'}</p>
      <DueChanges changes={d.changes} context={context} />
      <Reason label="理由" text={d.reasonZh} />
    </>
  );
}

export function DecisionDrafted({ event, context }: EventProps<'decisionDrafted'>) {
  const typesZh = vocab(context, 'decisionTypesZh');
  return <p>拟定“{typesZh[event.data.type] ?? event.data.type}”决定，报复议机构负责人审批。</p>;
}

export function CollectiveDiscussionRequested({ event }: EventProps<'collectiveDiscussionRequested'>) {
  return <Reason label="提交集体讨论的理由" text={event.data.reasonZh} />;
}

export function CollectiveDiscussionRecorded({ event }: EventProps<'collectiveDiscussionRecorded'>) {
  const d = event.data;
  return (
    <>
      <p>
        {formatDate(d.heldOn)}集体讨论，参加人员：{d.participantsZh}。
      </p>
      <Reason label="讨论意见" text={d.conclusionZh} />
    </>
  );
}

export function DecisionDraftReturned({ event }: EventProps<'decisionDraftReturned'>) {
  return <Reason label="修改意见" text={event.data.reasonZh} />;
}

export function DecisionIssued({ event, context }: EventProps<'decisionIssued'>) {
  const d = event.data;
  const channelsZh = vocab(context, 'serviceChannelsZh');
  return (
    <>
      <p>
        决定书文号{d.number}，{formatDate(d.issuedOn)}签发。送达：
      </p>
      <ul className="event-list">
        {d.service.map((s) => (
          <li key={s.party}>
            {s.nameZh}（{servicePartyKindZh(s.party)}）：{channelsZh[s.channel] ?? s.channel}
            {s.servedOn ? `，${formatDate(s.servedOn)}送达` : '，待邮寄'}
          </li>
        ))}
      </ul>
    </>
  );
}

export function DecisionMailed({ event, context }: EventProps<'decisionMailed'>) {
  const d = event.data;
  return (
    <p>
      {formatDate(d.mailedOn)}向{partyZh(context, d.party)}邮寄行政复议决定书，邮件号码{d.trackingNumber}。
    </p>
  );
}

export function DecisionServed({ event, context }: EventProps<'decisionServed'>) {
  const d = event.data;
  const channelsZh = vocab(context, 'serviceChannelsZh');
  return (
    <p>
      {partyZh(context, d.party)}于{formatDate(d.servedOn)}收到行政复议决定书（
      {channelsZh[d.channel] ?? d.channel}）。
    </p>
  );
}

export function DecisionTookEffect({ event }: EventProps<'decisionTookEffect'>) {
  const d = event.data;
  return (
    <p>
      全部当事人已收到决定书，决定自{formatDate(d.effectiveOn)}
      起发生法律效力（《行政复议法》第七十五条）；申请人
      {formatDate(d.applicantServedOn)}收到决定书，起诉期限自该日起计算。
    </p>
  );
}

export function ElectronicServiceConsented({ event, context }: EventProps<'electronicServiceConsented'>) {
  const party = event.data.party;
  const who = party.startsWith('thirdParty:') ? partyZh(context, party) : servicePartyKindZh(party);
  return <p>{who}同意电子送达：文书送达其在本系统的消息中心，到达之日为送达之日。</p>;
}

export function LitigationRecorded({ event }: EventProps<'litigationRecorded'>) {
  const d = event.data;
  return (
    <p>
      申请人于{formatDate(d.filedOn)}向{d.courtZh}提起行政诉讼，本案结案。
    </p>
  );
}

export function DecisionFinal({ event }: EventProps<'decisionFinal'>) {
  return <p>起诉期限于{formatDate(event.data.litigationDueDate)}届满，行政复议决定确定，本案结案。</p>;
}

export function Suspended({ event, context }: EventProps<'suspended'>) {
  const d = event.data;
  const groundsZh = vocab(context, 'suspensionGroundsZh');
  return (
    <>
      <p>
        自{formatDate(d.on)}起中止审理：{groundsZh[d.ground] ?? d.ground}。中止期间各项期限停止计算。
      </p>
      <Reason label="具体原因" text={d.reasonZh} />
    </>
  );
}

export function Resumed({ event, context }: EventProps<'resumed'>) {
  const d = event.data;
  return (
    <>
      <p>
        自{formatDate(d.on)}起恢复审理，停止计算的期限继续计算{d.changes.length ? '：' : '。'}
      </p>
      <DueChanges changes={d.changes} context={context} />
      <Reason label="中止原因消除的情况" text={d.reasonZh} />
    </>
  );
}

export function Terminated({ event, context }: EventProps<'terminated'>) {
  const d = event.data;
  const groundsZh = vocab(context, 'terminationGroundsZh');
  return (
    <>
      <p>{groundsZh[d.ground] ?? d.ground}，行政复议终止。</p>
      <Reason label="具体原因" text={d.reasonZh} />
    </>
  );
}

export function TerminatedAfterSuspension({ event }: EventProps<'terminatedAfterSuspension'>) {
  const d = event.data;
  return (
    <p>
      自{formatDate(d.suspendedOn)}中止审理，至{formatDate(d.limitDueDate)}
      中止满法定期限，中止的原因仍未消除，行政复议终止（《行政复议法》第四十一条第一款第五项）。
    </p>
  );
}

export function DecisionPeriodExtended({ event, context }: EventProps<'decisionPeriodExtended'>) {
  const d = event.data;
  return (
    <>
      <p>
        经行政复议机构负责人批准，审理期限延长{d.days}日{d.changes.length ? '：' : '。'}
      </p>
      <DueChanges changes={d.changes} context={context} />
      <Reason label="延长理由" text={d.reasonZh} />
    </>
  );
}
