import { Alert, Descriptions, Typography } from 'antd';
import type { Reference } from '../../api/reference';
import { vocabulary } from '../../api/reference';
import type { CaseView } from '../../api/types';
import { formatDate } from '../../format';
import { StatusTag } from '../StatusTag';
import { type Mediation as MediationView, mediationStatusZh, partyName } from './review-labels';
import { Section } from './Section';

type MediationDocument = NonNullable<MediationView['document']>;

/**
 * The 行政复议调解书 as issued: the case, the parties, the request, the facts and the agreement,
 * and the clause on when it takes effect (Art. 73).
 */
export function MediationDocumentText({ document: d }: { readonly document: MediationDocument }) {
  return (
    <article className="mediation-document" aria-label="行政复议调解书" data-testid="mediation-document">
      <Typography.Title level={3} className="mediation-document-title">
        {d.bodyNameZh}
        <br />
        行政复议调解书
      </Typography.Title>
      <p>案号：{d.caseNumber}</p>
      <ul className="event-list">
        {d.parties.map((p) => (
          <li key={p.key}>
            {p.key === 'applicant' ? '申请人' : p.key === 'respondent' ? '被申请人' : '第三人'}：{p.nameZh}
          </li>
        ))}
      </ul>
      <p>
        被申请行政复议的行政行为：{d.actTitle}
        {d.actDocumentNumber ? `（${d.actDocumentNumber}）` : ''}
      </p>
      <p className="pre-wrap">申请人的行政复议请求：{d.requestsZh}</p>
      <p className="pre-wrap">案件事实和争议：{d.factsZh}</p>
      <p className="pre-wrap">经本机关主持调解，各方当事人自愿达成如下协议：{d.termsZh}</p>
      <p>
        本调解书经各方当事人签字或者签章，并加盖行政复议机关印章，即具有法律效力（《行政复议法》第七十三条）。
      </p>
      <p>制作日期：{formatDate(d.issuedOn)}</p>
    </article>
  );
}

/** Who has signed the document and whether it is sealed. */
function Signatures({ c, document: d }: { readonly c: CaseView; readonly document: MediationDocument }) {
  return (
    <ul className="event-list" data-testid="mediation-signatures">
      {d.parties.map((p) => {
        const s = d.signatures.find((x) => x.party === p.key);
        return (
          <li key={p.key}>
            {partyName(c, p.key)}：{s ? `已于${formatDate(s.signedOn)}签收` : '尚未签收'}
          </li>
        );
      })}
      <li>{d.sealedOn ? `已于${formatDate(d.sealedOn)}加盖印章` : '尚未加盖印章'}</li>
    </ul>
  );
}

const offered = (c: CaseView, action: string) => c.allowedActions.some((a) => a.action === action);

/**
 * The latest mediation of the case (Arts. 5, 73): the proposal, each party's answer, the sessions,
 * the 调解书 with its signatures and seal, or why it failed. A party asked to answer or to sign
 * is told so here, beside the document they confirm.
 */
export function Mediation(props: { readonly caseView: CaseView; readonly reference: Reference }) {
  const c = props.caseView;
  const m = c.mediations.at(-1);
  if (!m) return null;
  const modesZh = vocabulary(props.reference, c.procedure, 'mediationModesZh');
  const toSign = offered(c, 'signMediationDocument');
  const toAnswer = offered(c, 'consentToMediation');
  return (
    <Section
      id="mediation"
      titleZh="调解"
      testId="mediation"
      extra={
        <StatusTag tone={m.status === 'effective' ? 'success' : 'info'}>
          {mediationStatusZh[m.status]}
        </StatusTag>
      }
    >
      {toAnswer ? (
        <Alert
          type="info"
          showIcon
          className="no-print"
          data-testid="mediation-answer-call"
          title="复议机构提议调解，请答复是否同意"
          description={
            <>
              调解遵循合法、自愿原则（《行政复议法》第五条）。请在<a href="#actions">可办理事项</a>
              中点击“答复是否同意调解”。
            </>
          }
        />
      ) : null}
      {toSign ? (
        <Alert
          type="warning"
          showIcon
          className="no-print"
          data-testid="mediation-sign-call"
          title="行政复议调解书待您确认签收"
          description={
            <>
              请阅读下方调解书；同意的，请在<a href="#actions">可办理事项</a>
              中点击“确认并签收调解书”；不同意的，可以反悔，本案将恢复审理。
            </>
          }
        />
      ) : null}
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'proposal', label: '调解事项', children: <span className="pre-wrap">{m.proposalZh}</span> },
          { key: 'proposed', label: '提议日期', children: formatDate(m.proposedOn) },
          {
            key: 'answers',
            label: '当事人意见',
            children: (
              <ul className="event-list">
                {m.parties.map((p) => {
                  const a = m.answers.find((x) => x.party === p.key);
                  return (
                    <li key={p.key}>
                      {p.nameZh}：{a ? `${a.consent ? '同意' : '不同意'}（${formatDate(a.on)}）` : '尚未答复'}
                    </li>
                  );
                })}
              </ul>
            ),
          },
          ...m.sessions.map((s, i) => ({
            key: `session-${i}`,
            label: `第${i + 1}次调解`,
            children: (
              <span className="pre-wrap">
                {formatDate(s.heldOn)}，{modesZh[s.mode] ?? s.mode}，参加：
                {s.participants.map((p) => partyName(c, p)).join('、')}。{s.summaryZh}
              </span>
            ),
          })),
          ...(m.failure
            ? [
                {
                  key: 'failure',
                  label: m.status === 'declined' ? '不同意调解' : '调解不成',
                  children: `${partyName(c, m.failure.by)}：${m.failure.reasonZh || '未说明理由'}`,
                },
              ]
            : []),
        ]}
      />
      {m.document ? (
        <>
          <MediationDocumentText document={m.document} />
          <Signatures c={c} document={m.document} />
        </>
      ) : null}
    </Section>
  );
}
