import { Alert, Empty, Timeline, Typography } from 'antd';
import type { ApiProblem } from '../../api/problem';
import { roleLabelZh } from '../../api/reference';
import type { DocumentEntry, TimelineEvent } from '../../api/types';
import { formatDateTime } from '../../format';
import { EventDetail } from '../../registry/events';
import type { EventContext } from '../timeline/context';
import { TimelineDocuments } from './CaseDocuments';
import { Section } from './Section';

function Entry(props: {
  readonly event: TimelineEvent;
  readonly context: EventContext;
  /** The documents this event issued that the person may read. */
  readonly documents: readonly DocumentEntry[];
  onDocumentRead(): void;
}) {
  const { event, context } = props;
  const by = event.actor;
  return (
    <div className="timeline-event" data-testid="timeline-event" data-event-type={event.type}>
      <div className="timeline-event-head">
        <Typography.Text strong>{event.labelZh}</Typography.Text>
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
      </div>
      <div className="timeline-event-actor">
        {by.role === 'system' ? '系统自动处理' : `${by.nameZh}（${roleLabelZh(context.reference, by.role)}）`}
      </div>
      <div className="timeline-event-detail">
        <EventDetail event={event} context={context} />
      </div>
      <TimelineDocuments
        caseId={context.caseView.id}
        documents={props.documents}
        onLogged={props.onDocumentRead}
      />
    </div>
  );
}

/**
 * What happened on the case, oldest first, as the API shows it to this person; an entry that
 * issued documents offers them for download.
 */
export function CaseTimeline(props: {
  readonly events: readonly TimelineEvent[] | undefined;
  readonly error: ApiProblem | undefined;
  readonly context: EventContext;
  readonly documents?: readonly DocumentEntry[];
  onDocumentRead?(): void;
}) {
  const { events, error, context } = props;
  const documentsOf = (seq: number) => (props.documents ?? []).filter((d) => d.seq === seq);
  return (
    <Section id="timeline" titleZh="办理过程" testId="timeline">
      {error ? (
        <Alert type="error" showIcon title={`办理过程暂时无法读取：${error.message}`} />
      ) : events?.length ? (
        <Timeline
          items={events.map((e) => ({
            key: e.seq,
            content: (
              <Entry
                event={e}
                context={context}
                documents={documentsOf(e.seq)}
                onDocumentRead={() => props.onDocumentRead?.()}
              />
            ),
          }))}
        />
      ) : (
        <Empty description="暂无办理记录" />
      )}
    </Section>
  );
}
