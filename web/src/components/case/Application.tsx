import { Descriptions, type DescriptionsProps } from 'antd';
import type { Reference } from '../../api/reference';
import { agencyNameZh } from '../../api/reference';
import type { CaseView } from '../../api/types';
import { formatDate } from '../../format';
import { agentKindZh } from './labels';
import { Section } from './Section';

type Item = NonNullable<DescriptionsProps['items']>[number];
type Application = CaseView['application'];

/** "label value" pairs of what the API shows; a field the viewer may not see is absent, not blank. */
const details = (parts: readonly (readonly [string, string | undefined])[]) =>
  parts
    .filter((p): p is readonly [string, string] => Boolean(p[1]))
    .map(([label, value]) => `${label}：${value}`)
    .join('；');

function applicantText(a: Application['applicant']): string {
  const more =
    a.type === 'person'
      ? details([
          ['公民身份号码', a.residentId],
          ['联系电话', a.phone],
          ['住址', a.address],
        ])
      : details([
          ['统一社会信用代码', a.uscc],
          ['法定代表人或主要负责人', a.legalRepresentative],
          ['联系电话', a.phone],
          ['住所', a.address],
        ]);
  return more ? `${a.name}（${more}）` : a.name;
}

function actText(act: Application['act'], kindZh: string): string {
  const amount = act.amountYuan !== undefined ? `，涉及金额${act.amountYuan.toLocaleString('zh-CN')}元` : '';
  const number = act.documentNumber ? `（${act.documentNumber}）` : '';
  return `${act.title}${number}；${kindZh}${amount}`;
}

function actDates(act: Application['act']): string {
  const rights = act.rightsNotified
    ? '行政机关已告知复议权利'
    : `行政机关未告知复议权利${act.rightsLearnedOn ? `（${formatDate(act.rightsLearnedOn)}知道）` : ''}`;
  const flags = [act.onTheSpot ? '当场作出的行政处罚' : '', act.realProperty ? '涉及不动产' : ''].filter(
    Boolean,
  );
  return [`${formatDate(act.madeOn)}作出`, `${formatDate(act.learnedOn)}知道`, rights, ...flags].join('；');
}

/** The application as the API shows it to this person (personal data already masked for them). */
export function ApplicationSummary(props: { readonly caseView: CaseView; readonly reference: Reference }) {
  const a = props.caseView.application;
  const items: Item[] = [
    {
      key: 'applicant',
      label: '申请人',
      children: <span data-testid="case-applicant">{applicantText(a.applicant)}</span>,
    },
    ...(a.agent
      ? [
          {
            key: 'agent',
            label: '代理人',
            children: `${a.agent.name}（${details([
              ['类型', agentKindZh[a.agent.kind]],
              ['联系电话', a.agent.phone],
            ])}）`,
          },
        ]
      : []),
    {
      key: 'respondent',
      label: '被申请人',
      children: (
        <span data-testid="case-respondent">
          {agencyNameZh(props.reference, a.respondentAgencyId) ?? a.respondentAgencyId}
        </span>
      ),
    },
    { key: 'act', label: '行政行为', children: actText(a.act, a.actKindZh) },
    { key: 'dates', label: '作出与知道日期', children: actDates(a.act) },
    { key: 'requests', label: '行政复议请求', children: <span className="pre-wrap">{a.requests}</span> },
    {
      key: 'facts',
      label: '事实和理由',
      children: <span className="pre-wrap">{a.factsAndReasons}</span>,
    },
    { key: 'hearing', label: '听证', children: a.hearingRequested ? '申请听证' : '未申请听证' },
    ...(a.delayReason
      ? [{ key: 'delay', label: '迟延理由', children: <span className="pre-wrap">{a.delayReason}</span> }]
      : []),
  ];
  return (
    <Section id="application" titleZh="申请内容" testId="case-application">
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={items}
      />
    </Section>
  );
}
