import { Space } from 'antd';
import type { NextDeadline as Next } from '../../api/types';
import { formatDate } from '../../format';
import { deadlineTone } from '../case/Deadlines';
import { ProvisionalBadge } from '../Provisional';
import { StatusTag } from '../StatusTag';

/** A list row's nearest open deadline: what, whose duty, when, and its state (all as the API words them). */
export function NextDeadline(props: { readonly deadline: Next | undefined }) {
  const d = props.deadline;
  if (!d) return <span className="muted">无进行中的期限</span>;
  return (
    <div className="next-deadline" data-testid="case-row-deadline">
      {d.paused ? (
        <div>中止计时，恢复后重新计算</div>
      ) : (
        <div>
          <time dateTime={d.dueDate}>{formatDate(d.dueDate)}</time>届满
        </div>
      )}
      <div className="muted">
        {d.labelZh}（{d.responsibleZh}）
      </div>
      <Space wrap size={4}>
        <StatusTag tone={deadlineTone(d)}>{d.statusZh}</StatusTag>
        {d.provisional ? <ProvisionalBadge /> : null}
      </Space>
    </div>
  );
}
