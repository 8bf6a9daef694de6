import { Empty, Typography } from 'antd';
import type { Deadline } from '../../api/types';
import { formatDate } from '../../format';
import { ProvisionalBadge, provisionalHintZh } from '../Provisional';
import { StatusTag, type Tone } from '../StatusTag';
import { Section } from './Section';

/** Open deadlines first, then those met, lapsed and (last) no longer applying; by due date within. */
const statusOrder: Record<Deadline['status'], number> = { open: 0, met: 1, lapsed: 2, cancelled: 3 };

export function sortDeadlines(deadlines: readonly Deadline[]): Deadline[] {
  return [...deadlines].sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0),
  );
}

/** The tone of a deadline's status; its words (statusZh) come from the API. */
export function deadlineTone(d: {
  readonly status: string;
  readonly overdue: boolean;
  readonly awaitingCalendar?: boolean;
  readonly paused?: boolean;
}): Tone {
  if (d.overdue) return 'danger';
  if (d.awaitingCalendar || d.paused) return 'warning';
  if (d.status === 'open') return 'info';
  if (d.status === 'met') return 'success';
  return 'neutral';
}

function DeadlineItem({ deadline: d }: { readonly deadline: Deadline }) {
  const closed = d.status !== 'open';
  return (
    <li className={`deadline deadline-${d.status}`} data-testid={`deadline-${d.key}`} data-status={d.status}>
      <div className="deadline-head">
        <Typography.Text strong className="deadline-label">
          {d.labelZh}
        </Typography.Text>
        <StatusTag tone={deadlineTone(d)} data-testid="deadline-status">
          {d.statusZh}
        </StatusTag>
        {d.provisional ? <ProvisionalBadge years={d.computation.provisionalYears} /> : null}
      </div>
      <div className={closed ? 'deadline-due deadline-due-closed' : 'deadline-due'}>
        {d.paused ? (
          // The clock stopped with the case: what was counted and what remains, no date yet.
          <span data-testid="deadline-paused">{d.pausedZh}</span>
        ) : (
          <time dateTime={d.dueDate} data-testid="deadline-due">
            {d.dueZh}
          </time>
        )}
      </div>
      <div className="deadline-meta">
        <span data-testid="deadline-responsible">责任方：{d.responsibleZh}</span>
        <span>依据：{d.article}</span>
        <span>
          自{formatDate(d.startDate)}（{d.startEventZh}）起算
        </span>
      </div>
      {d.provisional ? (
        <p className="deadline-provisional" data-testid="deadline-provisional-note">
          暂定：{provisionalHintZh(d.computation.provisionalYears)}
        </p>
      ) : null}
      <details className="deadline-explanation" data-testid="deadline-explanation">
        <summary>期限如何计算</summary>
        <p>{d.explanationZh}</p>
      </details>
    </li>
  );
}

/** Every deadline of the case: whose duty, when due, its state and how the date was reached. */
export function Deadlines(props: { readonly deadlines: readonly Deadline[] }) {
  const deadlines = sortDeadlines(props.deadlines);
  return (
    <Section id="deadlines" titleZh="法定期限" testId="deadlines">
      {deadlines.length ? (
        <ul className="deadline-list">
          {deadlines.map((d) => (
            <DeadlineItem key={d.key} deadline={d} />
          ))}
        </ul>
      ) : (
        <Empty description="本案暂无法定期限" />
      )}
    </Section>
  );
}
