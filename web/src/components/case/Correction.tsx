import { Typography } from 'antd';
import type { CaseView } from '../../api/types';
import { formatDateTime } from '../../format';
import { Section } from './Section';

/** The one correction notice of the case (Art. 31): every item, and whether it was answered. */
export function Correction({ correction }: { readonly correction: NonNullable<CaseView['correction']> }) {
  return (
    <Section id="correction" titleZh="补正通知" testId="correction">
      <Typography.Paragraph>
        补正通知发出于{formatDateTime(correction.requestedAt)}
        {correction.submittedAt
          ? `；申请人已于${formatDateTime(correction.submittedAt)}提交补正材料。`
          : '；等待申请人补正。'}
      </Typography.Paragraph>
      <ol className="correction-items">
        {correction.items.map((item) => (
          <li key={`${item.field}:${item.descriptionZh}`}>
            <strong>{item.field}</strong>：{item.descriptionZh}
          </li>
        ))}
      </ol>
    </Section>
  );
}
