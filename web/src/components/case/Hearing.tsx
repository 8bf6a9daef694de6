import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import { type Reference, vocabulary } from '../../api/reference';
import type { CaseView } from '../../api/types';
import { formatDate } from '../../format';
import { StatusTag } from '../StatusTag';
import { Section } from './Section';

type Item = NonNullable<DescriptionsProps['items']>[number];
type Hearing = NonNullable<CaseView['hearing']>;
type Committee = NonNullable<CaseView['committee']>;

const words = (ref: Reference, procedure: string) => (name: string) => vocabulary(ref, procedure, name);

function scheduleItems(h: Hearing): Item[] {
  const s = h.schedule;
  if (!s) return [];
  return [
    {
      key: 'when',
      label: '听证时间',
      children: (
        <span data-testid="hearing-when">
          {formatDate(s.date)} {s.time}
          {h.postponements.length ? `（已延期${h.postponements.length}次）` : ''}
        </span>
      ),
    },
    ...(s.place ? [{ key: 'place', label: '听证地点', children: s.place }] : []),
    ...(s.onlineLink ? [{ key: 'link', label: '网络听证链接', children: s.onlineLink }] : []),
    {
      key: 'issues',
      label: '拟听证事项',
      children: (
        <ol className="event-list" data-testid="hearing-issues-list">
          {s.issues.map((i) => (
            <li key={i} className="pre-wrap">
              {i}
            </li>
          ))}
        </ol>
      ),
    },
    { key: 'notice', label: '听证通知书发出', children: formatDate(s.noticeOn) },
  ];
}

/** The hearing of the case (Arts. 50–51): why, the panel, when and where, what happened, the record. */
export function HearingSection(props: {
  readonly hearing: Hearing;
  readonly caseView: CaseView;
  readonly reference: Reference;
}) {
  const h = props.hearing;
  const zh = words(props.reference, props.caseView.procedure);
  const rolesZh = zh('panelRolesZh');
  const statusZh = zh('signatureStatusZh');
  const items: Item[] = [
    ...(h.originZh ? [{ key: 'origin', label: '听证依据', children: h.originZh }] : []),
    ...(h.request && !h.origin
      ? [
          {
            key: 'request',
            label: '听证请求',
            children: h.requestDecision
              ? h.requestDecision.granted
                ? '已决定举行听证'
                : `决定不举行听证：${h.requestDecision.reasonZh ?? ''}`
              : '申请人请求听证，待行政复议机构决定',
          },
        ]
      : []),
    {
      key: 'panel',
      label: '听证人员',
      children: h.panel.length ? (
        <span data-testid="hearing-panel">
          {h.panel.map((m) => `${rolesZh[m.panelRole] ?? m.panelRole} ${m.nameZh}`).join('；')}
          {h.panelComplete ? '' : '（人员不齐）'}
        </span>
      ) : (
        '尚未确定'
      ),
    },
    ...scheduleItems(h),
    ...(h.waived
      ? [{ key: 'waived', label: '听证情况', children: '申请人无正当理由未参加，视为放弃听证权利' }]
      : []),
    ...(h.held
      ? [
          {
            key: 'held',
            label: '听证情况',
            children: `${formatDate(h.held.date)}已举行；${zh('applicantAttendanceZh')[h.held.applicantAttendance] ?? ''}；${zh('respondentAttendanceZh')[h.held.respondent.attendance] ?? ''}`,
          },
        ]
      : []),
  ];
  const record = h.record;
  return (
    <Section id="hearing" titleZh="听证" testId="hearing">
      <Descriptions column={1} size="small" items={items} />
      {h.recusals.length ? (
        <>
          <Typography.Title level={3} className="section-subtitle">
            回避申请
          </Typography.Title>
          <ul className="event-list" data-testid="hearing-recusals">
            {h.recusals.map((r) => (
              <li key={`${r.memberUserId}:${r.appliedOn}`}>
                {r.memberNameZh}：
                {r.decision
                  ? `${r.decision.granted ? '准予回避' : '不予回避'}（${r.decision.reasonZh}）`
                  : '待复议机构负责人决定'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {record ? (
        <>
          <Typography.Title level={3} className="section-subtitle">
            听证笔录{' '}
            <StatusTag tone={record.final ? 'success' : 'warning'} data-testid="hearing-record-status">
              {record.final ? '已完成' : '待确认'}
            </StatusTag>
          </Typography.Title>
          <ul className="event-list" data-testid="hearing-signatures">
            {record.signatures.map((s) => (
              <li key={s.key}>
                {s.nameZh}（
                {s.role === 'applicant' ? '申请人' : s.role === 'respondent' ? '被申请人' : rolesZh[s.role]}
                ）：
                {statusZh[s.status] ?? s.status}
                {s.on ? `（${formatDate(s.on)}）` : ''}
                {s.reasonZh ? `：${s.reasonZh}` : ''}
              </li>
            ))}
          </ul>
          <details className="event-details">
            <summary>查看听证笔录全文</summary>
            <p className="pre-wrap" data-testid="hearing-record-full">
              {record.recordZh}
            </p>
          </details>
        </>
      ) : null}
    </Section>
  );
}

/** The committee's advisory opinion (Art. 52): why, the questions, the members, their opinions. */
export function CommitteeSection({ committee: c }: { readonly committee: Committee }) {
  const items: Item[] = [
    ...(c.required
      ? [{ key: 'required', label: '应当提请咨询', children: c.requiredGroundsZh.join('；') }]
      : []),
    ...(c.referral
      ? [
          { key: 'on', label: '提请日期', children: formatDate(c.referral.on) },
          {
            key: 'questions',
            label: '咨询的问题',
            children: (
              <ol className="event-list" data-testid="committee-questions-list">
                {c.referral.questionsZh.map((q) => (
                  <li key={q} className="pre-wrap">
                    {q}
                  </li>
                ))}
              </ol>
            ),
          },
          {
            key: 'members',
            label: '提出意见的委员',
            children: c.referral.members.map((m) => m.nameZh).join('、'),
          },
        ]
      : [{ key: 'referral', label: '提请情况', children: '尚未提请' }]),
  ];
  return (
    <Section id="committee" titleZh="行政复议委员会咨询意见" testId="committee">
      <Descriptions column={1} size="small" items={items} />
      {c.opinions.length ? (
        <>
          <Typography.Title level={3} className="section-subtitle">
            委员书面意见
          </Typography.Title>
          <ul className="event-list" data-testid="committee-opinions">
            {c.opinions.map((o) => (
              <li key={o.userId} className="pre-wrap">
                {o.nameZh}（{formatDate(o.on)}）：{o.opinionZh}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {c.consolidated ? (
        <>
          <Typography.Title level={3} className="section-subtitle">
            委员会咨询意见
          </Typography.Title>
          <p className="pre-wrap" data-testid="committee-consolidated-text">
            {c.consolidated.opinionZh}（{formatDate(c.consolidated.on)}记录）
          </p>
        </>
      ) : null}
    </Section>
  );
}
