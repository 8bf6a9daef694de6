import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ok } from '../../api/client';
import type { ApiProblem } from '../../api/problem';
import { loadReference } from '../../api/reference';
import type { CaseView } from '../../api/types';
import { usePortal, useSession } from '../../app/portal';
import { homeOf, navigation } from '../../app/roles';
import { ActionPanel } from '../../components/case/ActionPanel';
import { ApplicationSummary } from '../../components/case/Application';
import { CaseDocuments } from '../../components/case/CaseDocuments';
import { CaseFacts } from '../../components/case/CaseFacts';
import { CaseFiles } from '../../components/case/CaseFiles';
import { CaseTimeline } from '../../components/case/CaseTimeline';
import { Correction } from '../../components/case/Correction';
import { Deadlines } from '../../components/case/Deadlines';
import { DecisionSection } from '../../components/case/Decision';
import { CommitteeSection, HearingSection } from '../../components/case/Hearing';
import { Mediation } from '../../components/case/Mediation';
import { Parties } from '../../components/case/Parties';
import { ReviewSection } from '../../components/case/Review';
import { useLoad } from '../../hooks/useLoad';

/** The last action's outcome, said at the top of the page. */
interface Done {
  readonly labelZh: string;
  readonly updated: CaseView;
}

function BackLink() {
  const { profile } = useSession();
  const home = homeOf(profile.role);
  const label = navigation[profile.role].find((n) => n.path === home)?.labelZh ?? '首页';
  return (
    <Link to={home} className="back-link no-print">
      ← 返回{label}
    </Link>
  );
}

/** The case could not be shown: not found (or not this person's), or the API failed. */
function Unavailable(props: { readonly problem: ApiProblem; readonly done: Done | undefined }) {
  const { problem, done } = props;
  const gone = problem.status === 404;
  return (
    <section>
      <BackLink />
      <Typography.Title level={1}>{done ? done.updated.caseNumber : '案件详情'}</Typography.Title>
      {done && gone ? (
        <Alert
          type="success"
          showIcon
          data-testid="flash"
          title={`已办理：${done.labelZh}`}
          description={`本案现由${done.updated.body.nameZh}办理（案件编号${done.updated.caseNumber}），您已不能查看本案。`}
        />
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="case-error"
          title={gone ? '未找到该案件，或您无权查看。' : `案件暂时无法读取：${problem.message}`}
        />
      )}
    </section>
  );
}

/** /cases/:id — the case as this person may see it, its deadlines, materials, timeline and their actions. */
export default function CasePage() {
  const { id = '' } = useParams();
  // Another case is another page: nothing (a flash, a loaded answer) carries over.
  return <CaseScreen key={id} id={id} />;
}

/** The body's own staff, who also see the workings of the review (e.g. Art. 53 eligibility). */
const bodyStaff: readonly string[] = ['clerk', 'officeHead', 'committeeMember'];

function CaseScreen({ id }: { readonly id: string }) {
  const { api } = usePortal();
  const { profile } = useSession();
  const [done, setDone] = useState<Done>();
  const view = useLoad(() => ok(api.GET('/v1/cases/{id}', { params: { path: { id } } })), [api, id]);
  const timeline = useLoad(
    () => ok(api.GET('/v1/cases/{id}/events', { params: { path: { id } } })).then((page) => page.items),
    [api, id],
  );
  const documents = useLoad(
    () => ok(api.GET('/v1/cases/{id}/documents', { params: { path: { id } } })).then((page) => page.items),
    [api, id],
  );
  const reference = useLoad(() => loadReference(api), [api]);

  const problem = view.error ?? reference.error;
  if (problem) return <Unavailable problem={problem} done={done} />;
  const c = view.data;
  if (!c || !reference.data)
    return (
      <div className="page-loading" role="status">
        <Spin /> <span>正在读取案件……</span>
      </div>
    );

  const reload = () => {
    view.reload();
    timeline.reload();
    documents.reload();
  };
  const context = { caseView: c, reference: reference.data };
  return (
    <article className="case-page" aria-labelledby="case-title">
      <BackLink />
      <div className="case-title-row">
        <Typography.Title level={1} id="case-title">
          <span className="visually-hidden">案件</span>
          <span data-testid="case-number">{c.caseNumber}</span>
        </Typography.Title>
        <Button
          icon={<PrinterOutlined aria-hidden="true" />}
          onClick={() => window.print()}
          className="no-print"
          data-testid="print"
        >
          打印案件摘要
        </Button>
      </div>
      {done ? (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setDone(undefined) }}
          data-testid="flash"
          role="status"
          title={`已办理：${done.labelZh}`}
          className="no-print"
        />
      ) : null}
      <Space orientation="vertical" size="middle" className="case-sections">
        <CaseFacts caseView={c} />
        <ActionPanel
          caseView={c}
          reference={reference.data}
          onDone={(updated, labelZh) => {
            setDone({ updated, labelZh });
            reload();
          }}
          onReload={reload}
        />
        {c.correction ? <Correction correction={c.correction} /> : null}
        <DecisionSection caseView={c} reference={reference.data} />
        <ReviewSection caseView={c} reference={reference.data} staff={bodyStaff.includes(profile.role)} />
        {c.hearing ? <HearingSection hearing={c.hearing} caseView={c} reference={reference.data} /> : null}
        {c.committee ? <CommitteeSection committee={c.committee} /> : null}
        <Mediation caseView={c} reference={reference.data} />
        <Parties caseView={c} reference={reference.data} />
        <Deadlines deadlines={c.deadlines} />
        <CaseDocuments caseView={c} documents={documents} onLogged={timeline.reload} />
        <CaseFiles caseView={c} onChanged={reload} />
        <CaseTimeline
          events={timeline.data}
          error={timeline.error}
          context={context}
          documents={documents.data}
          onDocumentRead={timeline.reload}
        />
        <ApplicationSummary caseView={c} reference={reference.data} />
      </Space>
    </article>
  );
}
