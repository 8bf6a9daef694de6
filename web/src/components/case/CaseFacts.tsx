import { Descriptions, type DescriptionsProps, Space } from 'antd';
import type { CaseView } from '../../api/types';
import { formatDate, formatDateTime } from '../../format';
import { ProvisionalBadge } from '../Provisional';
import { StatusTag } from '../StatusTag';
import { closureZh, copyChannelZh, trackZh } from './labels';
import { Section } from './Section';

type Item = NonNullable<DescriptionsProps['items']>[number];

function acceptance(c: CaseView): Item[] {
  if (!c.acceptedOn) return [];
  return [
    {
      key: 'acceptedOn',
      label: '受理日期',
      children: (
        <Space wrap size={4}>
          <span data-testid="case-accepted-on">{formatDate(c.acceptedOn)}</span>
          {c.deemedAccepted ? <StatusTag tone="warning">视为受理</StatusTag> : null}
        </Space>
      ),
    },
    ...(c.track
      ? [
          {
            key: 'track',
            label: '审理程序',
            children: <span data-testid="case-track">{trackZh[c.track]}</span>,
          },
        ]
      : []),
  ];
}

function copy(c: CaseView): Item[] {
  if (!c.copy) return [];
  const received = c.copy.receivedOn
    ? `，被申请人于${formatDate(c.copy.receivedOn)}收到`
    : '，尚未登记收到日期';
  return [
    {
      key: 'copy',
      label: '申请书副本',
      children: (
        <span data-testid="case-copy">
          {copyChannelZh[c.copy.channel]}，{formatDate(c.copy.sentOn)}发送{received}
        </span>
      ),
    },
  ];
}

function closure(c: CaseView): Item[] {
  if (!c.closure) return [];
  return [
    {
      key: 'closure',
      label: '结案',
      children: (
        <span data-testid="case-closure">
          {closureZh[c.closure.kind]}（{formatDate(c.closure.on)}）：{c.closure.detailZh}
        </span>
      ),
    },
  ];
}

/** Where the case stands: procedure, stage, body, dates, the applicant's timeliness, closure. */
export function CaseFacts({ caseView: c }: { readonly caseView: CaseView }) {
  const items: Item[] = [
    { key: 'procedure', label: '案件类型', children: c.procedureLabelZh },
    {
      key: 'stage',
      label: '办理阶段',
      children: (
        <Space wrap size={4}>
          <StatusTag tone={c.status === 'open' ? 'info' : 'neutral'} data-testid="case-stage">
            {c.stageLabelZh}
          </StatusTag>
          <span data-testid="case-status">{c.status === 'open' ? '办理中' : '已结案'}</span>
        </Space>
      ),
    },
    {
      key: 'body',
      label: '复议机关',
      children: (
        <span data-testid="case-body">
          {c.body.nameZh}
          {c.selfReview ? '（本机关复议）' : ''}
        </span>
      ),
    },
    { key: 'basis', label: '管辖依据', children: c.body.basisZh },
    {
      key: 'received',
      label: '收到申请',
      children: `${formatDate(c.receivedOn)}（提交于${formatDateTime(c.filedAt)}）`,
    },
    {
      key: 'timeliness',
      label: '申请期限',
      children: (
        <Space wrap size={4}>
          {c.timeliness.timely ? null : (
            <StatusTag tone="danger" data-testid="late-badge">
              逾期申请
            </StatusTag>
          )}
          {c.timeliness.provisional ? <ProvisionalBadge /> : null}
          <span data-testid="case-timeliness">{c.timeliness.messageZh}</span>
        </Space>
      ),
    },
    ...acceptance(c),
    ...copy(c),
    ...closure(c),
    ...(c.forwardedFrom.length
      ? [{ key: 'forwardedFrom', label: '原案件编号', children: c.forwardedFrom.join('、') }]
      : []),
  ];
  return (
    <Section id="facts" titleZh="案件概况" testId="case-facts">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={items}
      />
    </Section>
  );
}
