import { vocabulary } from '../../api/reference';
import { formatDate } from '../../format';
import type { EventContext } from './context';
import type { EventProps } from './reconsideration';

/** The hearing's and the committee's events in the timeline (Arts. 50–52), in the API's words. */

const zh = (ctx: EventContext, name: string) => vocabulary(ctx.reference, ctx.caseView.procedure, name);

const Reason = ({ label = '理由', text }: { readonly label?: string; readonly text: string | undefined }) =>
  text ? (
    <p className="pre-wrap">
      {label}：{text}
    </p>
  ) : null;

/** 听证主持人：甲；听证员：乙、丙；记录员：丁 */
function panelZh(ctx: EventContext, panel: readonly { nameZh: string; panelRole: string }[]) {
  const rolesZh = zh(ctx, 'panelRolesZh');
  return Object.entries(rolesZh)
    .map(([role, label]) => {
      const names = panel.filter((m) => m.panelRole === role).map((m) => m.nameZh);
      return names.length ? `${label}：${names.join('、')}` : '';
    })
    .filter(Boolean)
    .join('；');
}

const whereZh = (d: { place?: string; onlineLink?: string }) =>
  [d.place ? `地点：${d.place}` : '', d.onlineLink ? `网络视频听证：${d.onlineLink}` : '']
    .filter(Boolean)
    .join('；');

export function HearingRequested({ event }: EventProps<'hearingRequested'>) {
  return (
    <>
      <p>申请人请求举行听证（《行政复议法》第五十条第二款）。</p>
      <Reason text={event.data.reasonZh} />
    </>
  );
}

export function HearingRequestDecided({ event }: EventProps<'hearingRequestDecided'>) {
  return (
    <>
      <p>{event.data.granted ? '决定就申请人的请求举行听证。' : '决定不举行听证，已告知申请人理由。'}</p>
      <Reason text={event.data.reasonZh} />
    </>
  );
}

export function HearingOrdered({ event }: EventProps<'hearingOrdered'>) {
  return <Reason text={event.data.reasonZh} />;
}

export function HearingPanelAssigned({ event, context }: EventProps<'hearingPanelAssigned'>) {
  const d = event.data;
  return (
    <>
      <p>{panelZh(context, d.members)}。</p>
      {d.removed.length ? <p>不再担任听证人员：{d.removed.map((m) => m.nameZh).join('、')}。</p> : null}
    </>
  );
}

export function RecusalApplied({ event, context }: EventProps<'recusalApplied'>) {
  const d = event.data;
  return (
    <>
      <p>
        {zh(context, 'recusalPartiesZh')[d.by] ?? d.by}申请{d.memberNameZh}回避。
      </p>
      <Reason text={d.reasonZh} />
    </>
  );
}

export function RecusalDecided({ event }: EventProps<'recusalDecided'>) {
  const d = event.data;
  return (
    <>
      <p>
        决定{d.granted ? '准予' : '不予'}
        {d.memberNameZh}回避{d.granted ? '，另行确定听证人员' : ''}。
      </p>
      <Reason text={d.reasonZh} />
    </>
  );
}

export function HearingScheduled({ event, context }: EventProps<'hearingScheduled'>) {
  const d = event.data;
  return (
    <>
      <p>
        听证定于{formatDate(d.date)}
        {d.time}举行；{whereZh(d)}。听证通知书于{formatDate(d.noticeOn)}发出（最早可于
        {formatDate(d.earliestDate)}举行）。
      </p>
      <p>拟听证事项（争议焦点）：</p>
      <ol className="event-list">
        {d.issues.map((issue) => (
          <li key={issue} className="pre-wrap">
            {issue}
          </li>
        ))}
      </ol>
      <p>{panelZh(context, d.panel)}。</p>
    </>
  );
}

export function HearingPostponed({ event }: EventProps<'hearingPostponed'>) {
  const d = event.data;
  return (
    <>
      <p>
        听证由{formatDate(d.fromDate)}
        {d.fromTime}改至{formatDate(d.date)}
        {d.time}举行；{whereZh(d)}。延期通知于{formatDate(d.noticeOn)}发出。
      </p>
      <Reason label="延期理由" text={d.reasonZh} />
    </>
  );
}

export function HearingHeld({ event, context }: EventProps<'hearingHeld'>) {
  const d = event.data;
  const r = d.respondent;
  const respondentZh = zh(context, 'respondentAttendanceZh')[r.attendance] ?? r.attendance;
  return (
    <>
      <p>
        {formatDate(d.date)}
        {d.time}举行听证。
        {zh(context, 'applicantAttendanceZh')[d.applicantAttendance] ?? d.applicantAttendance}
        {d.applicantAttendance === 'absentWithoutReason' ? '，视为放弃听证权利' : ''}。
      </p>
      <p>
        {respondentZh}
        {r.headNameZh ? `：${r.headNameZh}` : ''}
        {r.officialNameZh ? `；委托参加：${r.officialNameZh}` : ''}。
      </p>
      <Reason label="未参加的理由" text={r.explanationZh} />
      <p>{panelZh(context, d.panel)}。</p>
      <Reason label="说明" text={d.noteZh} />
    </>
  );
}

export function HearingWaived({ event }: EventProps<'hearingWaived'>) {
  return (
    <>
      <p>
        申请人无正当理由未参加{formatDate(event.data.date)}
        {event.data.time}的听证，视为放弃听证权利，本案不再举行听证（《行政复议法》第五十一条）。
      </p>
      <Reason label="说明" text={event.data.noteZh} />
    </>
  );
}

export function HearingRecordDrafted({ event }: EventProps<'hearingRecordDrafted'>) {
  const d = event.data;
  return (
    <>
      <p>听证笔录已制作，请以下人员核对确认：{d.signatories.map((s) => s.nameZh).join('、')}。</p>
      <details className="event-details">
        <summary>查看听证笔录</summary>
        <p className="pre-wrap">{d.recordZh}</p>
      </details>
    </>
  );
}

export function HearingRecordConfirmed({ event }: EventProps<'hearingRecordConfirmed'>) {
  return (
    <p>
      {event.data.nameZh}确认听证笔录。
      {event.data.final ? '听证笔录已经全部参加人确认或记明，至此完成。' : ''}
    </p>
  );
}

export function HearingSignatureRefused({ event }: EventProps<'hearingSignatureRefused'>) {
  const d = event.data;
  return (
    <>
      <p>
        {d.nameZh}拒绝在听证笔录上签字，由记录员记明。{d.final ? '听证笔录至此完成。' : ''}
      </p>
      <Reason label="情况" text={d.reasonZh} />
    </>
  );
}

export function ReferredToCommittee({ event, context }: EventProps<'referredToCommittee'>) {
  const d = event.data;
  const groundsZh = zh(context, 'committeeGroundsZh');
  return (
    <>
      <p>提请依据：{d.grounds.map((g) => groundsZh[g] ?? g).join('；')}。</p>
      <p>咨询的问题：</p>
      <ol className="event-list">
        {d.questionsZh.map((q) => (
          <li key={q} className="pre-wrap">
            {q}
          </li>
        ))}
      </ol>
      <p>提出意见的委员：{d.members.map((m) => m.nameZh).join('、')}。</p>
      <Reason label="说明" text={d.noteZh} />
    </>
  );
}

export function CommitteeMemberOpined({ event }: EventProps<'committeeMemberOpined'>) {
  return (
    <p className="pre-wrap">
      {event.data.memberNameZh}的书面咨询意见：{event.data.opinionZh}
    </p>
  );
}

export function CommitteeOpinionRecorded({ event }: EventProps<'committeeOpinionRecorded'>) {
  const d = event.data;
  return (
    <>
      <p className="pre-wrap">委员会咨询意见：{d.opinionZh}</p>
      <p>
        依据{d.memberNamesZh.join('、')}的书面意见，于{formatDate(d.recordedOn)}记录。
      </p>
    </>
  );
}
