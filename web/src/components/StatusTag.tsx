import type { ReactNode } from 'react';
import '../styles/status-tag.css';

export type StatusTone = 'danger' | 'warning' | 'success' | 'info' | 'neutral';

/**
 * A small status label (逾期申请, 已结案, 暂定…). The kit's preset tag colours put light text on
 * light backgrounds (under 4.5:1), so these use dark text on a pale tint of the same hue.
 */
export function StatusTag(props: {
  readonly tone: StatusTone;
  readonly children: ReactNode;
  readonly title?: string;
  readonly 'data-testid'?: string;
}) {
  return (
    <span
      className={`status-tag status-tag-${props.tone}`}
      title={props.title}
      data-testid={props['data-testid']}
    >
      {props.children}
    </span>
  );
}
