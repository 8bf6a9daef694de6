import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import type { Reference } from '../../api/reference';
import { vocabulary } from '../../api/reference';
import type { CaseView } from '../../api/types';
import { formatDate } from '../../format';
import { ResponsiveList } from '../cases/ResponsiveList';
import { StatusTag } from '../StatusTag';
import { servicePartyKindZh } from './labels';
import { Section } from './Section';

type Item = NonNullable<DescriptionsProps['items']>[number];
type DecisionView = NonNullable<CaseView['decision']>;
type Draft = DecisionView['draft'];
type ServiceRecord = NonNullable<DecisionView['service']>[number];

const text = (key: string, label: string, value: string | undefined): Item[] =>
  value ? [{ key, label, children: <span className="pre-wrap">{value}</span> }] : [];

/** The draft of a decision as the office head approves it and the parties will read it. */
export function DraftDetails(props: {
  readonly draft: Draft;
  readonly reference: Reference;
  readonly procedure: string;
  readonly testId?: string;
}) {
  const d = props.draft;
  const typesZh = vocabulary(props.reference, props.procedure, 'decisionTypesZh');
  const items: Item[] = [
    {
      key: 'type',
      label: '决定类型',
      children: <span data-testid="draft-type">{typesZh[d.type] ?? d.type}</span>,
    },
    ...text('varyTo', '变更后的内容', d.varyToZh),
    ...(d.newActWithinDays
      ? [
          {
            key: 'newAct',
            label: '重新作出行政行为',
            children: `责令被申请人自收到决定书之日起${d.newActWithinDays}日内重新作出行政行为`,
          },
        ]
      : []),
    ...(d.performWithinDays
      ? [
          {
            key: 'perform',
            label: '履行期限',
            children: `责令被申请人自收到决定书之日起${d.performWithinDays}日内履行`,
          },
        ]
      : []),
    ...text('findings', '经审理查明的事实', d.findingsZh),
    ...text('reasons', '决定理由', d.reasonsZh),
    ...text('basis', '决定依据', d.legalBasisZh),
    ...text('compensation', '行政赔偿', d.compensationZh),
    ...text('agreement', '行政协议责任', d.agreementLiabilityZh),
    ...text('committee', '对委员会咨询意见的采纳', d.committeeOpinionWeighingZh),
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={items}
      data-testid={props.testId}
    />
  );
}

/** One party's service: how, when mailed (with the tracking number), when served. */
function ServiceTable(props: {
  readonly service: readonly ServiceRecord[];
  readonly channelsZh: Readonly<Record<string, string>>;
}) {
  return (
    <ResponsiveList<ServiceRecord>
      rows={props.service}
      rowKey={(s) => s.party}
      captionZh="各受送达人的送达情况"
      listTestId="decision-service"
      rowTestId="decision-service-row"
      titleField="party"
      fields={[
        {
          key: 'party',
          labelZh: '受送达人',
          render: (s) => `${s.nameZh}（${servicePartyKindZh(s.party)}）`,
        },
        { key: 'channel', labelZh: '送达方式', render: (s) => props.channelsZh[s.channel] ?? s.channel },
        {
          key: 'mailed',
          labelZh: '邮寄',
          render: (s) =>
            s.channel !== 'post'
              ? '—'
              : s.mailedOn
                ? `${formatDate(s.mailedOn)}寄出${s.trackingNumber ? `（邮件号码${s.trackingNumber}）` : ''}`
                : '尚未寄出',
        },
        {
          key: 'served',
          labelZh: '送达',
          render: (s) =>
            s.servedOn ? (
              <span data-testid="service-served">{formatDate(s.servedOn)}送达</span>
            ) : (
              <StatusTag tone="warning">待送达</StatusTag>
            ),
        },
      ]}
    />
  );
}

/** Where the decision stands, in a word. */
function statusOf(d: DecisionView): { readonly zh: string; readonly tone: 'info' | 'warning' | 'success' } {
  if (d.effectiveOn) return { zh: `已于${formatDate(d.effectiveOn)}生效`, tone: 'success' };
  if (d.number) return { zh: '已签发，送达中', tone: 'info' };
  if (d.discussion && !d.discussion.heldOn) return { zh: '待集体讨论', tone: 'warning' };
  return { zh: '待审批', tone: 'warning' };
}

/**
 * 决定: the draft (type, facts, reasons, basis …), its collective discussion and returns, then the
 * issued decision's number, its service on each party and the day it took effect (Art. 75).
 */
export function DecisionSection(props: { readonly caseView: CaseView; readonly reference: Reference }) {
  const d = props.caseView.decision;
  if (!d) return null;
  const channelsZh = vocabulary(props.reference, props.caseView.procedure, 'serviceChannelsZh');
  const status = statusOf(d);
  const facts: Item[] = [
    {
      key: 'status',
      label: '状态',
      children: (
        <StatusTag tone={status.tone} data-testid="decision-status">
          {status.zh}
        </StatusTag>
      ),
    },
    ...(d.number
      ? [
          {
            key: 'number',
            label: '决定书文号',
            children: <span data-testid="decision-number">{d.number}</span>,
          },
          { key: 'issuedOn', label: '签发日期', children: formatDate(d.issuedOn) },
        ]
      : [{ key: 'draftedOn', label: '拟定日期', children: formatDate(d.draftedOn) }]),
    ...(d.effectiveOn
      ? [
          {
            key: 'effectiveOn',
            label: '生效日期',
            children: (
              <span data-testid="decision-effective-on">{formatDate(d.effectiveOn)}（全部送达之日）</span>
            ),
          },
        ]
      : []),
  ];
  return (
    <Section id="decision" titleZh="决定" testId="case-decision">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={facts}
      />
      <Typography.Title level={3} className="subsection-title">
        {d.number ? '决定内容' : '决定稿'}
      </Typography.Title>
      <DraftDetails
        draft={d.draft}
        reference={props.reference}
        procedure={props.caseView.procedure}
        testId="decision-draft"
      />
      {d.discussion ? (
        <>
          <Typography.Title level={3} className="subsection-title">
            集体讨论
          </Typography.Title>
          <div data-testid="decision-discussion">
            <p className="pre-wrap">提交理由：{d.discussion.requestedReasonZh}</p>
            {d.discussion.heldOn ? (
              <>
                <p>
                  {formatDate(d.discussion.heldOn)}讨论，参加人员：{d.discussion.participantsZh}
                </p>
                <p className="pre-wrap">讨论意见：{d.discussion.conclusionZh}</p>
              </>
            ) : (
              <p>尚未记录讨论意见。</p>
            )}
          </div>
        </>
      ) : null}
      {d.returned?.length ? (
        <>
          <Typography.Title level={3} className="subsection-title">
            退回修改
          </Typography.Title>
          <ol className="event-list" data-testid="decision-returned">
            {d.returned.map((r) => (
              <li key={`${r.on}:${r.reasonZh}`} className="pre-wrap">
                {formatDate(r.on)}：{r.reasonZh}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {d.service?.length ? (
        <>
          <Typography.Title level={3} className="subsection-title">
            送达
          </Typography.Title>
          <ServiceTable service={d.service} channelsZh={channelsZh} />
        </>
      ) : null}
    </Section>
  );
}
