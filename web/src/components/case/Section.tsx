import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A titled part of the case page (an h2, so headings stay in order under the case number). */
export function Section(props: {
  readonly id: string;
  readonly titleZh: string;
  readonly testId?: string;
  readonly extra?: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const headingId = `${props.id}-heading`;
  return (
    <section
      className={props.className ? `case-section ${props.className}` : 'case-section'}
      aria-labelledby={headingId}
      data-testid={props.testId}
    >
      <Card>
        <div className="section-head">
          <Typography.Title level={2} id={headingId} className="section-title">
            {props.titleZh}
          </Typography.Title>
          {props.extra}
        </div>
        {props.children}
      </Card>
    </section>
  );
}
