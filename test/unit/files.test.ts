import { describe, expect, it, test } from '@jest/globals';
import type { Actor } from '../../shared/domain/actors';
import type { CaseEvent } from '../../shared/domain/case';
import {
  type AttachRequest,
  allowedContentTypes,
  attachablePurposes,
  type CaseFile,
  checkUpload,
  checkUploadPurpose,
  contentTypeForName,
  decideAttach,
  decideConfidentiality,
  evolveFiles,
  type FilePurpose,
  type FileSide,
  fileAccess,
  fileEventVisible,
  fileNotices,
  filePurposes,
  fileSides,
  readingIsLogged,
  type UploadDeclaration,
  uploadRules,
} from '../../shared/domain/files';
import { type Viewer, viewers } from '../../shared/domain/visibility';
import { presentFile } from '../../shared/presenters/files';
import { bj, PortalCase, people } from '../support/portal-cases';

const pdf = (fileName: string, size = 1024): UploadDeclaration => ({
  fileName,
  contentType: 'application/pdf',
  size,
  sha256: 'ab'.repeat(32),
});

describe('upload rules: one place for the types and the size', () => {
  it('takes PDF, JPEG, PNG, OFD and DOCX up to 20 MB, each with its own extensions', () => {
    expect(uploadRules.maxBytes).toBe(20 * 1024 * 1024);
    expect(allowedContentTypes.map((t) => uploadRules.contentTypes[t].labelZh)).toEqual([
      'PDF',
      'JPEG',
      'PNG',
      'OFD',
      'DOCX',
    ]);
    for (const [name, type] of [
      ['决定书.pdf', 'application/pdf'],
      ['现场照片.JPG', 'image/jpeg'],
      ['现场照片.jpeg', 'image/jpeg'],
      ['截图.png', 'image/png'],
      ['电子证照.ofd', 'application/ofd'],
      ['答辩意见.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ] as const) {
      expect([name, contentTypeForName(name)]).toEqual([name, type]);
      const at = { fileName: name, contentType: type, size: uploadRules.maxBytes, sha256: 'a'.repeat(64) };
      expect([name, checkUpload(at).ok]).toEqual([name, true]);
    }
    expect(contentTypeForName('说明.txt')).toBeUndefined();
    expect(contentTypeForName('旧格式.doc')).toBeUndefined();
  });

  it('refuses one byte over the limit, naming the size', () => {
    const d = checkUpload(pdf('大文件.pdf', uploadRules.maxBytes + 1));
    expect(d).toMatchObject({
      ok: false,
      refusal: { code: 'file.tooLarge', messageZh: '文件不能超过20 MB' },
    });
    expect(!d.ok && d.refusal.fields?.[0]?.path).toBe('size');
  });

  it('refuses another type, and a name whose extension is not the type’s', () => {
    const text = checkUpload({ ...pdf('说明.txt'), contentType: 'text/plain' });
    expect(text).toMatchObject({ ok: false, refusal: { code: 'file.typeNotAllowed' } });
    expect(!text.ok && text.refusal.messageZh).toBe('只能上传PDF、JPEG、PNG、OFD、DOCX格式的文件');
    const renamed = checkUpload(pdf('照片.png'));
    expect(renamed).toMatchObject({ ok: false, refusal: { code: 'file.typeNotAllowed' } });
    expect(!renamed.ok && renamed.refusal.fields?.[0]?.path).toBe('fileName');
  });
});

// ---------------------------------------------------------------------------------------------
// Who may attach what
// ---------------------------------------------------------------------------------------------

const actors = {
  applicant: people.applicant,
  respondent: people.respondent,
  clerk: people.clerk,
  officeHead: { userId: 'u-zhaoqiang', role: 'officeHead', nameZh: '赵强', bodyId: 'gov-xn' },
  committeeMember: { userId: 'u-chenjing', role: 'committeeMember', nameZh: '陈静', bodyId: 'gov-xn' },
  supervisor: { userId: 'u-sunli', role: 'supervisor', nameZh: '孙丽', bodyId: 'gov-qh' },
  admin: { userId: 'u-admin', role: 'admin', nameZh: '管理员' },
} satisfies Record<string, Actor>;

/** Filed, accepted, the copy sent: the respondent is a party. */
const broughtIn = () =>
  new PortalCase('case-files', '西宁市人民政府 2026年第000001号')
    .act(
      people.clerk,
      { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false },
      bj('2026-02-11T10:00:00'),
    )
    .act(
      people.clerk,
      { action: 'sendCopy', channel: 'online', sentOn: '2026-02-11' },
      bj('2026-02-11T11:00:00'),
    );

describe('purposes by role (who may attach what)', () => {
  /** The table as the law and the brief put it, written out here independently of the code. */
  const expected: Record<keyof typeof actors, readonly FilePurpose[]> = {
    applicant: ['evidence', 'powerOfAttorney', 'correctionMaterial'],
    respondent: ['reply', 'evidence', 'basis'],
    clerk: filePurposes,
    officeHead: filePurposes,
    committeeMember: [],
    supervisor: [],
    admin: [],
  };

  test.each(Object.keys(actors) as (keyof typeof actors)[])(
    '%s: uploads and attaches exactly its purposes',
    (who) => {
      const actor = actors[who];
      const c = broughtIn();
      for (const purpose of filePurposes) {
        const allowed = expected[who].includes(purpose);
        expect([who, purpose, checkUploadPurpose(actor, purpose).ok]).toEqual([who, purpose, allowed]);
        const d = decideAttach(c.state, actor, { uploadId: `f-${purpose}`, purpose }, pdf(`${purpose}.pdf`));
        expect([who, purpose, d.ok]).toEqual([who, purpose, allowed]);
        if (!d.ok) {
          expect(d.refusal.code).toBe('file.purposeNotAllowed');
          expect(d.refusal.messageZh).toMatch(/不能/);
        }
      }
    },
  );

  it('the agent and a third party attach as the applicant does (the table of viewers)', () => {
    expect(attachablePurposes.agent).toEqual(expected.applicant);
    expect(attachablePurposes.thirdParty).toEqual(expected.applicant);
  });

  it('says in Chinese which purposes the person may submit instead', () => {
    const d = checkUploadPurpose(people.applicant, 'reply');
    expect(d).toMatchObject({
      ok: false,
      refusal: { messageZh: '申请人不能提交“答复书”，可提交“证据”、“授权委托书”、“补正材料”' },
    });
  });

  it('records the side: the submitter’s own, or for staff the party they act for', () => {
    const c = broughtIn();
    const side = (actor: Actor, request: Partial<AttachRequest>) => {
      const d = decideAttach(
        c.state,
        actor,
        { uploadId: 'f', purpose: 'evidence', ...request },
        pdf('a.pdf'),
      );
      return d.ok ? d.value.side : d.refusal.code;
    };
    expect(side(people.applicant, {})).toBe('applicant');
    expect(side(people.respondent, {})).toBe('respondent');
    expect(side(people.clerk, {})).toBe('body');
    expect(side(people.clerk, { onBehalfOf: 'respondent', purpose: 'reply' })).toBe('respondent');
    expect(side(people.applicant, { onBehalfOf: 'respondent' })).toBe('file.purposeNotAllowed');
  });

  it('refuses a file attached twice and any file on a closed case', () => {
    const c = broughtIn().attach(
      people.applicant,
      { uploadId: 'f1', purpose: 'evidence' },
      pdf('a.pdf'),
      bj('2026-02-12T10:00:00'),
    );
    expect(
      decideAttach(c.state, people.applicant, { uploadId: 'f1', purpose: 'evidence' }, pdf('a.pdf')),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'file.alreadyAttached' },
    });
    const closed = broughtIn().act(
      people.officeHead,
      { action: 'terminate', ground: 'noSuccessor', reasonZh: '申请人死亡，没有近亲属' },
      bj('2026-02-12T10:00:00'),
    );
    expect(
      decideAttach(closed.state, people.applicant, { uploadId: 'f2', purpose: 'evidence' }, pdf('b.pdf')),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'case.closed' },
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Who reads what (Art. 47, Art. 48)
// ---------------------------------------------------------------------------------------------

const file = (side: FileSide, purpose: FilePurpose, marked: boolean, uploadedBy = 'someone'): CaseFile => ({
  fileId: `${side}-${purpose}`,
  name: `${side}-${purpose}.pdf`,
  contentType: 'application/pdf',
  size: 1,
  sha256: 'a'.repeat(64),
  purpose,
  side,
  uploadedBy: { userId: uploadedBy, role: 'applicant', nameZh: '某人' },
  attachedAt: '2026-02-12T02:00:00.000Z',
  ...(marked
    ? {
        confidentiality: {
          kind: 'commercialSecret',
          reasonZh: '商业秘密',
          markedBy: { userId: 'c', role: 'clerk', nameZh: '王芳' },
          markedAt: '2026-02-12T03:00:00.000Z',
        },
      }
    : {}),
});

/**
 * The visibility table of files, written out: for each viewer and side, which purposes they may
 * read when the file is not marked ('all', 'none' or a list); a marked file of another side is
 * then withheld, a marked file of one's own side stays readable.
 */
const opens: Record<Viewer, Record<FileSide, 'all' | 'none' | readonly FilePurpose[]>> = {
  clerk: { applicant: 'all', thirdParty: 'all', respondent: 'all', body: 'all' },
  officeHead: { applicant: 'all', thirdParty: 'all', respondent: 'all', body: 'all' },
  committeeMember: { applicant: 'all', thirdParty: 'all', respondent: 'all', body: 'all' },
  supervisor: { applicant: 'all', thirdParty: 'all', respondent: 'all', body: 'all' },
  applicant: {
    applicant: 'all',
    thirdParty: 'none',
    respondent: ['reply', 'evidence', 'basis', 'other'],
    body: 'none',
  },
  agent: {
    applicant: 'all',
    thirdParty: 'none',
    respondent: ['reply', 'evidence', 'basis', 'other'],
    body: 'none',
  },
  // A third party's own files are those it uploaded itself (checked below).
  thirdParty: {
    applicant: 'none',
    thirdParty: 'none',
    respondent: ['reply', 'evidence', 'basis', 'other'],
    body: 'none',
  },
  respondent: { applicant: 'all', thirdParty: 'none', respondent: 'all', body: 'none' },
  admin: { applicant: 'none', thirdParty: 'none', respondent: 'none', body: 'none' },
  public: { applicant: 'none', thirdParty: 'none', respondent: 'none', body: 'none' },
};
const staff: readonly Viewer[] = ['clerk', 'officeHead', 'committeeMember', 'supervisor'];
const ownSide: Partial<Record<Viewer, FileSide>> = {
  applicant: 'applicant',
  agent: 'applicant',
  respondent: 'respondent',
};

describe('fileAccess: the visibility table of files', () => {
  test.each([...viewers])('%s: every side, purpose and mark', (viewer) => {
    for (const side of fileSides)
      for (const purpose of filePurposes)
        for (const marked of [false, true]) {
          const rule = opens[viewer][side];
          const open = rule === 'all' || (rule !== 'none' && rule.includes(purpose));
          const want = !open
            ? 'hidden'
            : marked && !staff.includes(viewer) && ownSide[viewer] !== side
              ? 'withheld'
              : 'full';
          expect([
            viewer,
            side,
            purpose,
            marked,
            fileAccess(viewer, 'me', file(side, purpose, marked)),
          ]).toEqual([viewer, side, purpose, marked, want]);
        }
  });

  it('a third party reads its own uploads, marked or not, and not another third party’s', () => {
    expect(fileAccess('thirdParty', 'me', file('thirdParty', 'evidence', true, 'me'))).toBe('full');
    expect(fileAccess('thirdParty', 'me', file('thirdParty', 'evidence', false, 'other'))).toBe('hidden');
  });

  it('a withheld file is listed without its name, with the kind and the reason', () => {
    const shown = presentFile('applicant', 'me', file('respondent', 'evidence', true));
    expect(shown).toMatchObject({
      withheld: true,
      purposeLabelZh: '证据',
      withheldZh: '该材料涉及商业秘密，依照《行政复议法》第四十七条不予查阅。理由：商业秘密',
    });
    expect(JSON.stringify(shown)).not.toContain('respondent-evidence.pdf');
    expect(presentFile('applicant', 'me', file('body', 'other', false))).toBeUndefined();
  });

  it('logs every party’s reading, not the staff’s', () => {
    expect(viewers.filter(readingIsLogged)).toEqual([
      'applicant',
      'respondent',
      'admin',
      'agent',
      'thirdParty',
      'public',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The fold, the marks, the timeline and the notices
// ---------------------------------------------------------------------------------------------

describe('file events', () => {
  const withReply = () =>
    broughtIn()
      .attach(
        people.applicant,
        { uploadId: 'ev', purpose: 'evidence' },
        pdf('处罚决定书.pdf'),
        bj('2026-02-12T09:00:00'),
      )
      .attach(
        people.respondent,
        { uploadId: 'rep', purpose: 'reply' },
        pdf('答复书.pdf'),
        bj('2026-02-12T10:00:00'),
      );

  it('fold: attached in order, marked, opened again; a repeated attachment changes nothing', () => {
    const c = withReply().confidentiality(
      people.clerk,
      'rep',
      { marked: true, confidentiality: { kind: 'personalPrivacy', reasonZh: '载有他人病历' } },
      bj('2026-02-12T11:00:00'),
    );
    expect(c.state.files?.map((f) => [f.fileId, f.side, f.confidentiality?.kind])).toEqual([
      ['ev', 'applicant', undefined],
      ['rep', 'respondent', 'personalPrivacy'],
    ]);
    expect(c.state.files?.[1]?.confidentiality?.markedBy).toMatchObject({ userId: people.clerk.userId });
    const again = evolveFiles(c.state.files, c.events.find((e) => e.type === 'fileAttached') as CaseEvent);
    expect(again).toBe(c.state.files);
    c.confidentiality(
      people.clerk,
      'rep',
      { marked: false, reasonZh: '已删去病历' },
      bj('2026-02-12T12:00:00'),
    );
    expect(c.state.files?.[1]?.confidentiality).toBeUndefined();
  });

  it('marks: only the case’s own staff, only a file of the case, only a real change', () => {
    const c = withReply();
    const mark = {
      marked: true as const,
      confidentiality: { kind: 'stateSecret' as const, reasonZh: '涉密' },
    };
    expect(decideConfidentiality(c.state, people.respondent, 'rep', mark)).toMatchObject({
      ok: false,
      refusal: { code: 'action.roleNotAllowed' },
    });
    const otherBody = {
      userId: 'u-qianming',
      role: 'clerk',
      nameZh: '钱明',
      bodyId: 'gov-qh',
    } satisfies Actor;
    expect(decideConfidentiality(c.state, otherBody, 'rep', mark).ok).toBe(false);
    expect(decideConfidentiality(c.state, people.clerk, 'nope', mark)).toMatchObject({
      ok: false,
      refusal: { code: 'file.notFound' },
    });
    expect(
      decideConfidentiality(c.state, people.clerk, 'rep', { marked: false, reasonZh: '无' }),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'file.confidentialityUnchanged' },
    });
  });

  it('timeline: a reading only for staff and the reader; a file event only where its file is listed', () => {
    const c = withReply().read(people.applicant, 'rep', bj('2026-02-12T13:00:00'));
    const read = c.events.at(-1) as CaseEvent;
    expect(fileEventVisible(people.clerk, c.state, read)).toBe(true);
    expect(fileEventVisible(people.applicant, c.state, read)).toBe(true);
    expect(fileEventVisible(people.respondent, c.state, read)).toBe(false);
    const other = { userId: 'u-lisi', role: 'applicant', nameZh: '李四' } satisfies Actor;
    const bodyFile = c.attach(
      people.clerk,
      { uploadId: 'memo', purpose: 'other' },
      pdf('审理意见.pdf'),
      bj('2026-02-12T14:00:00'),
    );
    const memo = bodyFile.events.at(-1) as CaseEvent;
    expect(fileEventVisible(people.clerk, bodyFile.state, memo)).toBe(true);
    expect(fileEventVisible(people.applicant, bodyFile.state, memo)).toBe(false);
    expect(fileEventVisible(other, bodyFile.state, memo)).toBe(false);
  });

  it('notices: a party’s new file reaches the body’s clerks; the filing’s own files and the body’s do not', () => {
    const c = withReply();
    const reply = c.events.find(
      (e) => e.type === 'fileAttached' && e.actor.role === 'respondent',
    ) as CaseEvent;
    expect(fileNotices(c.state, reply)).toEqual([
      {
        recipient: 'body:gov-xn',
        kind: 'fileAttached',
        subjectZh: '被申请人提交了新材料（西宁市人民政府 2026年第000001号）',
        bodyZh: '被申请人提交了“答复书”：答复书.pdf（1 KB）。请在案件的“材料与阅卷”部分查看。',
      },
    ]);
    const atFiling = { ...reply, at: c.state.filedAt } as CaseEvent;
    expect(fileNotices(c.state, atFiling)).toEqual([]);
    const own = c.attach(
      people.clerk,
      { uploadId: 'memo', purpose: 'other' },
      pdf('审理意见.pdf'),
      bj('2026-02-12T14:00:00'),
    );
    expect(fileNotices(own.state, own.events.at(-1) as CaseEvent)).toEqual([]);
  });
});
