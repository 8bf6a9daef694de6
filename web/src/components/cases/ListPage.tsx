import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The frame of a list page: its h1, a sentence on what the list holds, then filters and the list. */
export function ListPage(props: {
  readonly titleZh: string;
  readonly introZh: string;
  readonly children: ReactNode;
}) {
  return (
    <section className="list-page">
      <Typography.Title level={1}>{props.titleZh}</Typography.Title>
      <Typography.Paragraph className="page-intro">{props.introZh}</Typography.Paragraph>
      {props.children}
    </section>
  );
}
