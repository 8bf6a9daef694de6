import { describe, expect, it } from '@jest/globals';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import type { Actor } from '../../shared/domain/actors';
import { presentDocuments } from '../../shared/presenters/documents';
import { issuedDocuments, readerOf } from '../../shared/procedures/reconsideration/documents';
import { apiClient } from '../../web/src/api/client';
import { ApiProblem } from '../../web/src/api/problem';
import type { CaseView, DocumentEntry } from '../../web/src/api/types';
import { type Portal, PortalContext } from '../../web/src/app/portal';
import { DemoSignIn } from '../../web/src/auth/demo';
import type { Role } from '../../web/src/auth/session';
import { CaseDocuments, TimelineDocuments } from '../../web/src/components/case/CaseDocuments';
import { parseConfig } from '../../web/src/config';
import type { Loaded } from '../../web/src/hooks/useLoad';
import { bj, nextDay, PortalCase, people } from '../support/portal-cases';

/**
 * The case page's 文书 section and the documents on timeline entries, rendered from a case the
 * domain made, its documents listed as GET /v1/cases/{id}/documents lists them for each person.
 */

const config = parseConfig({
  mode: 'demo',
  apiUrl: '',
  staffApiUrl: '',
  site: { operatorZh: '西宁市人民政府行政复议办公室', hotline: '0971-12345', privacyNoticeZh: '说明' },
});

function render(actor: Actor, node: ReactNode): string {
  const portal: Portal = {
    config,
    signIn: new DemoSignIn(),
    session: {
      token: 't',
      pool: actor.role === 'applicant' ? 'citizens' : 'staff',
      expiresAt: 0,
      profile: {
        userId: actor.userId,
        username: actor.userId,
        nameZh: actor.nameZh,
        role: actor.role as Role,
        ...(actor.bodyId ? { bodyId: actor.bodyId } : {}),
        ...(actor.agencyId ? { agencyId: actor.agencyId } : {}),
      },
    },
    api: apiClient(config, undefined, () => {}),
    setSession: () => {},
  };
  return renderToStaticMarkup(
    <ConfigProvider locale={zhCN}>
      <PortalContext.Provider value={portal}>
        <MemoryRouter>{node}</MemoryRouter>
      </PortalContext.Provider>
    </ConfigProvider>,
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Accepted, the copy sent, the decision drafted: in 决定审批. */
const drafted = () =>
  new PortalCase('case-documents', '西宁市人民政府 2026年第000012号')
    .act(people.clerk, { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false }, nextDay)
    .act(people.clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-11' }, nextDay)
    .act(
      people.clerk,
      {
        action: 'draftDecision',
        type: 'revoke',
        findingsZh: '未告知陈述、申辩的权利',
        reasonsZh: '违反法定程序',
        legalBasisZh: '《中华人民共和国行政处罚法》第四十四条',
      },
      bj('2026-02-12T10:00:00'),
    );

/** The list as the API gives it to `actor` (shared/services/documents.ts listDocuments). */
const listFor = (c: PortalCase, actor: Actor): DocumentEntry[] => {
  const state = { ...c.state, id: 'case-documents' };
  return JSON.parse(
    JSON.stringify(presentDocuments(actor, state, issuedDocuments(c.events), readerOf(state, actor))),
  );
};

const loaded = (data: DocumentEntry[]): Loaded<readonly DocumentEntry[]> => ({
  data,
  error: undefined,
  loading: false,
  reload: () => {},
});

describe('the 文书 section', () => {
  it('shows staff every document with PDF and DOCX, and the draft preview in 决定审批', () => {
    const c = drafted();
    const text = render(
      people.clerk,
      <CaseDocuments
        caseView={c.view<CaseView>(people.clerk)}
        documents={loaded(listFor(c, people.clerk))}
        onLogged={() => {}}
      />,
    );
    expect(text).toContain('文书');
    expect(text).toContain('《行政复议受理通知书》');
    expect(text).toContain('送达：张三');
    expect(text).toContain('宁政复受字〔2026〕12号');
    expect(text).toContain('《提出答复通知书》');
    expect(text).toContain('送达：西宁市市场监督管理局');
    expect(text).toContain('2026年2月11日');
    expect(text).toContain('DOCX');
    expect(text).toContain('预览决定稿');
  });

  it('shows a party their own documents in PDF only, says their reading is recorded, offers no draft', () => {
    const c = drafted();
    const text = render(
      people.applicant,
      <CaseDocuments
        caseView={c.view<CaseView>(people.applicant)}
        documents={loaded(listFor(c, people.applicant))}
        onLogged={() => {}}
      />,
    );
    expect(text).toContain('《行政复议受理通知书》');
    expect(text).not.toContain('提出答复通知书');
    expect(text).toContain('PDF');
    expect(text).not.toContain('DOCX');
    expect(text).not.toContain('预览决定稿');
    expect(text).toContain('您的每次查阅都记入案件的办理过程');
  });

  it('says when there is none yet, and when the list cannot be read', () => {
    const c = new PortalCase('case-documents', '西宁市人民政府 2026年第000012号');
    const failed = {
      ...loaded([]),
      data: undefined,
      error: new ApiProblem({ status: 503, detail: '服务暂不可用' }),
    };
    expect(
      render(
        people.applicant,
        <CaseDocuments
          caseView={c.view<CaseView>(people.applicant)}
          documents={failed}
          onLogged={() => {}}
        />,
      ),
    ).toContain('文书暂时无法读取');
    expect(
      render(
        people.applicant,
        <CaseDocuments
          caseView={c.view<CaseView>(people.applicant)}
          documents={loaded([])}
          onLogged={() => {}}
        />,
      ),
    ).toContain('暂无文书');
  });

  it('offers the documents an event issued on its timeline entry', () => {
    const c = drafted();
    const docs = listFor(c, people.applicant).filter((d) => d.kind === 'acceptance');
    const text = render(
      people.applicant,
      <TimelineDocuments caseId="case-documents" documents={docs} onLogged={() => {}} />,
    );
    expect(text).toContain('《行政复议受理通知书》（送达张三） 宁政复受字〔2026〕12号');
    expect(text).toContain('PDF');
    expect(
      render(
        people.applicant,
        <TimelineDocuments caseId="case-documents" documents={[]} onLogged={() => {}} />,
      ).trim(),
    ).toBe('');
  });
});
