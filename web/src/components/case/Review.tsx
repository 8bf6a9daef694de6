import { Alert, Descriptions, type DescriptionsProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Reference } from '../../api/reference';
import { vocabulary } from '../../api/reference';
import type { CaseView } from '../../api/types';
import { formatDate } from '../../format';
import { StatusTag } from '../StatusTag';
import { Section } from './Section';

type Item = NonNullable<DescriptionsProps['items']>[number];
type Reply = NonNullable<CaseView['reply']>;
type Complexity = NonNullable<CaseView['complexity']>;

/** Art. 70 in the words the parties read: what a missing or late reply means for the decision. */
function NoReplyWarning({ late }: { readonly late: boolean }) {
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="review-no-reply"
      className="section-alert"
      title={late ? '被申请人逾期提交书面答复' : '被申请人未在法定期限内提交书面答复'}
      description="依《行政复议法》第七十条，视为该行政行为没有证据、依据，行政复议机关决定撤销、部分撤销该行政行为，确认无效或者违法，或者责令履行，不得决定维持或者驳回行政复议请求；行政行为涉及第三人合法权益、第三人提供证据的除外。"
    />
  );
}

function ReplyDetails({ reply }: { readonly reply: Reply }) {
  const items: Item[] = [
    {
      key: 'received',
      label: '提交日期',
      children: (
        <span data-testid="review-reply-received">
          {formatDate(reply.receivedOn)}
          {reply.inTime ? '（在答复期限内）' : '（已超过答复期限）'}
        </span>
      ),
    },
    { key: 'reply', label: '书面答复', children: <span className="pre-wrap">{reply.replyZh}</span> },
    {
      key: 'evidence',
      label: '证据清单',
      children: reply.evidence.length ? (
        <ol className="event-list" data-testid="review-evidence">
          {reply.evidence.map((e, i) => (
            // Evidence may repeat a name; its place in the list is what the respondent gave it.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once submitted
            <li key={i}>
              {e.nameZh}
              {e.purposeZh ? <span className="muted">（证明：{e.purposeZh}）</span> : null}
            </li>
          ))}
        </ol>
      ) : (
        '未列出证据'
      ),
    },
    {
      key: 'basis',
      label: '作出行政行为的依据',
      children: <span className="pre-wrap">{reply.legalBasisZh}</span>,
    },
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={items}
      data-testid="review-reply"
    />
  );
}

/**
 * What the complexity makes mandatory: a hearing for a major, difficult or complex case (Art. 50),
 * and the committee's advisory opinion for those, for highly technical cases and for a body's
 * review of its own act (Art. 52).
 */
export function mandatoryStepsZh(complexity: Complexity | undefined, selfReview: boolean): string[] {
  const steps: string[] = [];
  if (complexity?.majorDifficultComplex) steps.push('应当组织听证（《行政复议法》第五十条）');
  const committee = [
    complexity?.majorDifficultComplex ? '案情重大、疑难、复杂' : '',
    complexity?.highlyTechnical ? '专业性、技术性较强' : '',
    selfReview ? '本机关复议的案件' : '',
  ].filter(Boolean);
  if (committee.length)
    steps.push(`应当提请行政复议委员会提出咨询意见（${committee.join('、')}，《行政复议法》第五十二条）`);
  return steps;
}

function ComplexityDetails(props: {
  readonly complexity: Complexity | undefined;
  readonly selfReview: boolean;
}) {
  const c = props.complexity;
  const steps = mandatoryStepsZh(c, props.selfReview);
  return (
    <div data-testid="review-complexity">
      {c ? (
        <p>
          {formatDate(c.on)}认定：{c.majorDifficultComplex ? '重大、疑难、复杂' : '不属于重大、疑难、复杂'}；
          {c.highlyTechnical ? '专业性、技术性较强' : '专业性、技术性不强'}。
          <span className="pre-wrap">理由：{c.reasonZh}</span>
        </p>
      ) : (
        <p>尚未认定案件复杂程度。</p>
      )}
      {steps.length ? (
        <ul className="event-list" data-testid="review-mandatory">
          {steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : c ? (
        <p>本案无须组织听证，也无须提请行政复议委员会提出咨询意见。</p>
      ) : null}
    </div>
  );
}

function OpinionsHeard(props: { readonly caseView: CaseView; readonly reference: Reference }) {
  const { opinionsHeard, procedure } = props.caseView;
  const modesZh = vocabulary(props.reference, procedure, 'opinionModesZh');
  const partiesZh = vocabulary(props.reference, procedure, 'heardPartiesZh');
  if (!opinionsHeard.length) return <p>尚未记录听取当事人意见。</p>;
  return (
    <ol className="event-list" data-testid="review-opinions">
      {opinionsHeard.map((o) => (
        <li key={`${o.heardOn}:${o.mode}:${o.summaryZh}`}>
          {formatDate(o.heardOn)}
          {modesZh[o.mode] ?? o.mode}听取{o.parties.map((p) => partiesZh[p] ?? p).join('、')}的意见：
          <span className="pre-wrap">{o.summaryZh}</span>
        </li>
      ))}
    </ol>
  );
}

/** The suspension (running or over) and the one extension of the decision period. */
function SuspensionAndExtension(props: { readonly caseView: CaseView; readonly reference: Reference }) {
  const { suspension: s, extension: e, procedure } = props.caseView;
  const groundsZh = vocabulary(props.reference, procedure, 'suspensionGroundsZh');
  if (!s && !e) return null;
  return (
    <Subsection titleZh="中止与延期">
      {s ? (
        s.resumedOn ? (
          <p data-testid="review-suspension">
            {formatDate(s.on)}至{formatDate(s.resumedOn)}中止审理（{groundsZh[s.ground] ?? s.ground}）：
            <span className="pre-wrap">{s.reasonZh}</span>
          </p>
        ) : (
          <Alert
            type="warning"
            showIcon
            data-testid="review-suspension"
            className="section-alert"
            title={`本案自${formatDate(s.on)}起中止审理，各项期限停止计算`}
            description={
              <span className="pre-wrap">
                {groundsZh[s.ground] ?? s.ground}：{s.reasonZh}
              </span>
            }
          />
        )
      ) : null}
      {e ? (
        <p data-testid="review-extension">
          {formatDate(e.on)}经批准延长审理期限{e.days}日（《行政复议法》第六十二条）：
          <span className="pre-wrap">{e.reasonZh}</span>
        </p>
      ) : null}
    </Subsection>
  );
}

function Subsection(props: { readonly titleZh: string; readonly children: ReactNode }) {
  return (
    <>
      <Typography.Title level={3} className="subsection-title">
        {props.titleZh}
      </Typography.Title>
      {props.children}
    </>
  );
}

/**
 * 审理: the respondent's reply (and Art. 70 when it did not come in time), the parties' opinions
 * heard, the complexity and what it makes mandatory, and — for the body's staff — why the case
 * could take the simplified procedure. Shown once the case is accepted.
 */
export function ReviewSection(props: {
  readonly caseView: CaseView;
  readonly reference: Reference;
  /** The body's own staff: they also see why the simplified procedure was open to the case. */
  readonly staff: boolean;
}) {
  const c = props.caseView;
  if (!c.acceptedOn) return null;
  return (
    <Section
      id="review"
      titleZh="审理"
      testId="case-review"
      extra={c.track === 'simplified' ? <StatusTag tone="info">简易程序</StatusTag> : null}
    >
      <SuspensionAndExtension caseView={c} reference={props.reference} />
      <Subsection titleZh="被申请人书面答复">
        {c.noReplyInTime ? <NoReplyWarning late={c.reply !== undefined} /> : null}
        {c.reply ? (
          <ReplyDetails reply={c.reply} />
        ) : c.noReplyInTime ? null : (
          <p data-testid="review-reply-pending">尚未收到被申请人的书面答复。</p>
        )}
      </Subsection>
      <Subsection titleZh="听取当事人意见">
        <OpinionsHeard caseView={c} reference={props.reference} />
      </Subsection>
      <Subsection titleZh="案件复杂程度">
        <ComplexityDetails complexity={c.complexity} selfReview={c.selfReview} />
      </Subsection>
      {props.staff ? (
        <Subsection titleZh="简易程序">
          {c.simplifiedReasonsZh.length ? (
            <>
              <p>本案可以适用简易程序（《行政复议法》第五十三条第一款）：</p>
              <ul className="event-list" data-testid="review-simplified-reasons">
                {c.simplifiedReasonsZh.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          ) : (
            <p data-testid="review-simplified-reasons">
              本案不属于可以直接适用简易程序的情形；经各方当事人同意的，可以适用简易程序（《行政复议法》第五十三条第二款）。
            </p>
          )}
        </Subsection>
      ) : null}
    </Section>
  );
}
