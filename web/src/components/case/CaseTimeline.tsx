import { Alert, Empty, Timeline, Typography } from 'antd';
import type { ApiProblem } from '../../api/problem';
import { roleLabelZh } from '../../api/reference';
import type { TimelineEvent } from '../../api/types';
import { formatDateTime } from '../../format';
import { EventDetail } from '../../registry/events';
import type { EventContext } from '../timeline/context';
import { Section } from './Section';

function Entry(props: { readonly event: TimelineEvent; readonly context: EventContext }) {
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
    </div>
  );
}

/** What happened on the case, oldest first, as the API shows it to this person. */
export function CaseTimeline(props: {
  readonly events: readonly TimelineEvent[] | undefined;
  readonly error: ApiProblem | undefined;
  readonly context: EventContext;
}) {
  const { events, error, context } = props;
  return (
    <Section id="timeline" titleZh="办理过程" testId="timeline">
      {error ? (
        <Alert type="error" showIcon title={`办理过程暂时无法读取：${error.message}`} />
      ) : events?.length ? (
        <Timeline
          items={events.map((e) => ({
            key: e.seq,
            content: <Entry event={e} context={context} />,
          }))}
        />
      ) : (
        <Empty description="暂无办理记录" />
      )}
    </Section>
  );
}
