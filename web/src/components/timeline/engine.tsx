import { formatDate } from '../../format';
import { provisionalHintZh } from '../Provisional';
import { deadlineLabelZh } from './context';
import type { EventProps } from './reconsideration';

/** The clock's events about one deadline: which, and its last day. */
export function DeadlineEvent({
  event,
  context,
}: EventProps<'deadlineWarned' | 'deadlineOverdue' | 'deadlineLapsed'>) {
  return (
    <p>
      {deadlineLabelZh(context, event.data.key)}：届满日{formatDate(event.data.dueDate)}。
    </p>
  );
}

export function DeadlineAwaitingCalendar({ event, context }: EventProps<'deadlineAwaitingCalendar'>) {
  const d = event.data;
  return (
    <p>
      {deadlineLabelZh(context, d.key)}的暂定届满日{formatDate(d.dueDate)}
      已过，待正式节假日安排载入后确定是否届满。
      {provisionalHintZh(d.provisionalYears)}
    </p>
  );
}

export function DeadlinesRecomputed({ event, context }: EventProps<'deadlinesRecomputed'>) {
  const d = event.data;
  return (
    <>
      <p>
        {d.calendarYear}年节假日安排（第{d.calendarVersion}版）载入后重新计算：
      </p>
      <ul className="event-list">
        {d.changes.map((c) => (
          <li key={c.key}>
            {deadlineLabelZh(context, c.key)}：{formatDate(c.fromDue)}改为{formatDate(c.toDue)}
          </li>
        ))}
      </ul>
    </>
  );
}
