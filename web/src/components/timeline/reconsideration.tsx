import { vocabulary } from '../../api/reference';
import type { EventOf, EventType, TimelineEvent } from '../../api/types';
import { formatDate } from '../../format';
import { copyChannelZh, trackZh } from '../case/labels';
import type { EventContext } from './context';

/** The props of an event's renderer: the event as the API presents it to this person. */
export interface RendererProps<E extends TimelineEvent> {
  readonly event: E;
  readonly context: EventContext;
}
export type EventProps<T extends EventType> = RendererProps<EventOf<T>>;

const Note = ({ text }: { readonly text: string | undefined }) =>
  text ? <p className="event-note pre-wrap">说明：{text}</p> : null;

export function CaseFiled({ event }: EventProps<'caseFiled'>) {
  const d = event.data;
  return (
    <p>
      申请人{d.applicant.name}
      {d.agent ? `（代理人${d.agent.name}）` : ''}提出申请，案件编号{d.caseNumber}，由{d.bodyNameZh}办理。
    </p>
  );
}

export function CorrectionRequested({ event }: EventProps<'correctionRequested'>) {
  return (
    <>
      <ol className="event-list">
        {event.data.items.map((i) => (
          <li key={`${i.field}:${i.descriptionZh}`}>
            {i.field}：{i.descriptionZh}
          </li>
        ))}
      </ol>
      <Note text={event.data.noteZh} />
    </>
  );
}

export function CorrectionSubmitted({ event }: EventProps<'correctionSubmitted'>) {
  return (
    <>
      <p>收到补正材料：{formatDate(event.data.receivedOn)}，受理审查期限重新计算。</p>
      <ol className="event-list">
        {event.data.answers.map((a) => (
          <li key={`${a.field}:${a.textZh}`} className="pre-wrap">
            {a.field}：{a.textZh}
          </li>
        ))}
      </ol>
    </>
  );
}

export function Accepted({ event }: EventProps<'accepted' | 'deemedAccepted'>) {
  return (
    <p>
      {trackZh[event.data.track]}，受理日期{formatDate(event.data.acceptedOn)}。
    </p>
  );
}

export function Refused({ event, context }: EventProps<'refused'>) {
  const reasonsZh = vocabulary(context.reference, context.caseView.procedure, 'refusalReasonsZh');
  const d = event.data;
  return (
    <>
      <ol className="event-list">
        {d.reasons.map((r) => (
          <li key={r}>{reasonsZh[r] ?? r}</li>
        ))}
      </ol>
      {d.competentBodyNameZh ? <p>有管辖权的复议机关：{d.competentBodyNameZh}</p> : null}
      <Note text={d.noteZh} />
    </>
  );
}

export function Forwarded({ event }: EventProps<'forwarded'>) {
  const d = event.data;
  return (
    <>
      <p>
        转送{d.toBodyNameZh}，{formatDate(d.receivedOn)}收到，新案件编号{d.caseNumber}。
      </p>
      <Note text={d.noteZh} />
    </>
  );
}

export function CopySent({ event }: EventProps<'copySent'>) {
  const d = event.data;
  return (
    <p>
      {copyChannelZh[d.channel]}，{formatDate(d.sentOn)}发送
      {d.receivedOn
        ? `，被申请人${formatDate(d.receivedOn)}收到，答复期限自该日起算`
        : '，收到后登记收到日期'}
      。
    </p>
  );
}

export function CopyReceived({ event }: EventProps<'copyReceived'>) {
  return <p>被申请人{formatDate(event.data.receivedOn)}收到申请书副本，答复期限自该日起算。</p>;
}

export function TimelinessRecomputed({ event }: EventProps<'timelinessRecomputed'>) {
  const d = event.data;
  return (
    <p>
      {d.calendarYear}年节假日安排（第{d.calendarVersion}版）载入后重新计算：申请期限届满日由
      {formatDate(d.from.dueDate)}改为{formatDate(d.timeliness.dueDate)}。{d.timeliness.messageZh}
    </p>
  );
}

export function Withdrawn({ event }: EventProps<'withdrawn'>) {
  return <p className="pre-wrap">撤回理由：{event.data.reasonZh}</p>;
}

export function DeemedAbandoned({ event }: EventProps<'deemedAbandoned'>) {
  return <p>补正期限于{formatDate(event.data.correctionDueDate)}届满，申请人未补正。</p>;
}
