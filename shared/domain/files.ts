import type { Actor } from './actors';
import { roleLabelsZh } from './actors';
import { bodyAudience } from './audiences';
import type { CaseEnvelope } from './case';
import { type Decision, ok, refuse } from './refusals';
import { type Viewer, viewerLabelsZh, viewerOf } from './visibility';

/**
 * The materials of a case (证据、授权委托书、答复书 …): what may be uploaded, who may attach what,
 * and who may read which file (《行政复议法》第四十七条 online reading, 第四十八条 the copy to the
 * respondent). Pure: the FileStore port keeps the bytes, the event log records every attachment,
 * every confidentiality mark and every reading by a party.
 */

// ------------------------------------------------------------------------------ upload rules

/**
 * What may be uploaded, in one place: the formats a reconsideration body can open and keep in the
 * case file — PDF, the two common image formats for photos and scans, OFD (the national format of
 * electronic documents, GB/T 33190) and DOCX — and the largest file, 20 MB: enough for a scanned
 * decision or a set of photos, small enough to upload over a mobile connection, and well under
 * what one signed PUT carries. Each type lists the file-name extensions that go with it (the
 * portal uses them when the browser does not know a type, e.g. OFD).
 */
export const uploadRules = {
  maxBytes: 20 * 1024 * 1024,
  maxLabelZh: '20 MB',
  contentTypes: {
    'application/pdf': { labelZh: 'PDF', extensions: ['.pdf'] },
    'image/jpeg': { labelZh: 'JPEG', extensions: ['.jpg', '.jpeg'] },
    'image/png': { labelZh: 'PNG', extensions: ['.png'] },
    'application/ofd': { labelZh: 'OFD', extensions: ['.ofd'] },
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
      labelZh: 'DOCX',
      extensions: ['.docx'],
    },
  },
  /** The longest file name kept (characters). */
  maxNameChars: 200,
  /** How many files one filing or one action may attach. */
  maxAttachments: 20,
} as const;

export type AllowedContentType = keyof typeof uploadRules.contentTypes;
export const allowedContentTypes = Object.keys(uploadRules.contentTypes) as [
  AllowedContentType,
  ...AllowedContentType[],
];
/** 'PDF、JPEG、PNG、OFD、DOCX' */
export const allowedTypesZh = allowedContentTypes.map((t) => uploadRules.contentTypes[t].labelZh).join('、');

/**
 * How long a signed link lasts: long enough to start an upload or a download, short enough that a
 * link copied out of the page is soon worth nothing. (Seconds; a transfer started in time runs to
 * its end.)
 */
export const fileLinkRules = { uploadSeconds: 300, downloadSeconds: 120 } as const;

/** The content type a file name's extension stands for (the portal's fallback), if allowed. */
export function contentTypeForName(fileName: string): AllowedContentType | undefined {
  const lower = fileName.toLowerCase();
  return allowedContentTypes.find((t) =>
    (uploadRules.contentTypes[t].extensions as readonly string[]).some((ext) => lower.endsWith(ext)),
  );
}

/** What an uploader declares before sending the bytes (the store holds them to it). */
export interface UploadDeclaration {
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  /** SHA-256 of the bytes, lowercase hex. */
  readonly sha256: string;
}

/** The size and type limits, as a typed refusal naming the field (checked before anything is signed). */
export function checkUpload(d: UploadDeclaration): Decision<UploadDeclaration> {
  const type = uploadRules.contentTypes[d.contentType as AllowedContentType];
  if (!type)
    return refuse('file.typeNotAllowed', `只能上传${allowedTypesZh}格式的文件`, [
      { path: 'contentType', messageZh: `不支持的文件类型（${d.contentType}），可上传${allowedTypesZh}` },
    ]);
  if (!(type.extensions as readonly string[]).some((ext) => d.fileName.toLowerCase().endsWith(ext)))
    return refuse('file.typeNotAllowed', `文件名的扩展名与文件类型（${type.labelZh}）不符`, [
      { path: 'fileName', messageZh: `${type.labelZh}文件的扩展名应为${type.extensions.join('或')}` },
    ]);
  if (d.size > uploadRules.maxBytes)
    return refuse('file.tooLarge', `文件不能超过${uploadRules.maxLabelZh}`, [
      { path: 'size', messageZh: `文件过大（${formatBytesZh(d.size)}），不能超过${uploadRules.maxLabelZh}` },
    ]);
  return ok(d);
}

/** '3.2 MB', '800 KB', '12 字节': a size as a person reads it. */
export function formatBytesZh(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

// ------------------------------------------------------------------------------ purposes, sides

export const filePurposes = [
  'evidence',
  'powerOfAttorney',
  'correctionMaterial',
  'reply',
  'basis',
  'other',
] as const;
export type FilePurpose = (typeof filePurposes)[number];

export const filePurposeLabelsZh: Readonly<Record<FilePurpose, string>> = {
  evidence: '证据',
  powerOfAttorney: '授权委托书',
  correctionMaterial: '补正材料',
  reply: '答复书',
  basis: '依据',
  other: '其他材料',
};

/**
 * Who submitted a file: the applicant's side (the applicant and the agent acting for them), a
 * third party, the respondent, or the reconsideration body itself. Decided when it is attached
 * (the parties of a case change; what a file is does not).
 */
export const fileSides = ['applicant', 'thirdParty', 'respondent', 'body'] as const;
export type FileSide = (typeof fileSides)[number];

export const fileSideLabelsZh: Readonly<Record<FileSide, string>> = {
  applicant: '申请人方',
  thirdParty: '第三人',
  respondent: '被申请人',
  body: '复议机构',
};

/** The people who may attach files, as the viewer they are on the case. */
const submitters = ['applicant', 'agent', 'thirdParty', 'respondent', 'clerk', 'officeHead'] as const;
type Submitter = (typeof submitters)[number];

const citizenPurposes: readonly FilePurpose[] = ['evidence', 'powerOfAttorney', 'correctionMaterial'];

/**
 * Who may attach which purpose: the applicant's side and third parties their evidence, a power of
 * attorney and correction material; the respondent its written reply, the evidence and the basis
 * of the act (Art. 48); the case's own staff anything (e.g. a paper submission they scan).
 */
export const attachablePurposes: Readonly<Record<Submitter, readonly FilePurpose[]>> = {
  applicant: citizenPurposes,
  agent: citizenPurposes,
  thirdParty: citizenPurposes,
  respondent: ['reply', 'evidence', 'basis'],
  clerk: filePurposes,
  officeHead: filePurposes,
};

const isSubmitter = (v: Viewer): v is Submitter => (submitters as readonly string[]).includes(v);

const purposesZh = (purposes: readonly FilePurpose[]) =>
  purposes.map((p) => `“${filePurposeLabelsZh[p]}”`).join('、');

/**
 * Which purposes a person may upload before any case is named (POST /v1/uploads): a citizen
 * uploads as the applicant's side or a third party (the same list), staff and the respondent as
 * themselves.
 */
export function uploadPurposesOf(actor: Actor): readonly FilePurpose[] {
  switch (actor.role) {
    case 'applicant':
      return citizenPurposes;
    case 'respondent':
    case 'clerk':
    case 'officeHead':
      return attachablePurposes[actor.role];
    default:
      return [];
  }
}

/** Whether the person may upload a file of this purpose at all (a typed refusal otherwise). */
export function checkUploadPurpose(actor: Actor, purpose: FilePurpose): Decision<FilePurpose> {
  const allowed = uploadPurposesOf(actor);
  if (allowed.length === 0)
    return refuse('file.purposeNotAllowed', `${roleLabelsZh[actor.role]}不能上传案件材料`);
  if (!allowed.includes(purpose))
    return refuse(
      'file.purposeNotAllowed',
      `${roleLabelsZh[actor.role]}不能提交${purposesZh([purpose])}，可提交${purposesZh(allowed)}`,
      [{ path: 'purpose', messageZh: `可选：${purposesZh(allowed)}` }],
    );
  return ok(purpose);
}

// ------------------------------------------------------------------------------ confidentiality

/**
 * The exclusions of Art. 47: material that involves a state secret, a commercial secret or
 * personal privacy, or whose reading may endanger national security, public security or social
 * stability, is not open to the other side's reading.
 */
export const confidentialityKinds = [
  'stateSecret',
  'commercialSecret',
  'personalPrivacy',
  'publicSecurity',
] as const;
export type ConfidentialityKind = (typeof confidentialityKinds)[number];

export const confidentialityLabelsZh: Readonly<Record<ConfidentialityKind, string>> = {
  stateSecret: '涉及国家秘密',
  commercialSecret: '涉及商业秘密',
  personalPrivacy: '涉及个人隐私',
  publicSecurity: '可能危及国家安全、公共安全、社会稳定',
};

export interface Confidentiality {
  readonly kind: ConfidentialityKind;
  /** Why, in the words of whoever marked it: shown to those who may not read the file. */
  readonly reasonZh: string;
}

// ------------------------------------------------------------------------------ the files of a case

/** Who did something to a file, as the event log keeps a person. */
export type FileActor = Pick<Actor, 'userId' | 'role' | 'nameZh'> & Partial<Pick<Actor, 'agencyId'>>;

/** The data of a `fileAttached` event. */
export interface FileAttachedData {
  /** The upload's id: one upload is one file of one case. */
  readonly fileId: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly purpose: FilePurpose;
  readonly side: FileSide;
  readonly uploadedBy: FileActor;
  readonly confidentiality?: Confidentiality;
}

export interface FileConfidentialityMarkedData extends Confidentiality {
  readonly fileId: string;
}
export interface FileConfidentialityUnmarkedData {
  readonly fileId: string;
  readonly reasonZh: string;
}
export interface FileReadData {
  readonly fileId: string;
}

/** The engine's file events, by type: the same for every procedure. */
export interface FileEventData {
  readonly fileAttached: FileAttachedData;
  readonly fileConfidentialityMarked: FileConfidentialityMarkedData;
  readonly fileConfidentialityUnmarked: FileConfidentialityUnmarkedData;
  readonly fileRead: FileReadData;
}
export const fileEventTypes = [
  'fileAttached',
  'fileConfidentialityMarked',
  'fileConfidentialityUnmarked',
  'fileRead',
] as const satisfies readonly (keyof FileEventData)[];
export type FileEventType = (typeof fileEventTypes)[number];

export const isFileEventType = (type: string): type is FileEventType =>
  (fileEventTypes as readonly string[]).includes(type);

export const fileEventLabelsZh: Readonly<Record<FileEventType, string>> = {
  fileAttached: '提交材料',
  fileConfidentialityMarked: '标记材料不予查阅（《行政复议法》第四十七条）',
  fileConfidentialityUnmarked: '取消材料不予查阅标记',
  fileRead: '在线阅卷',
};

/** A file of the case, as the fold keeps it on the envelope. */
export interface CaseFile {
  readonly fileId: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly purpose: FilePurpose;
  readonly side: FileSide;
  readonly uploadedBy: FileActor;
  readonly attachedAt: string;
  readonly confidentiality?: Confidentiality & { readonly markedBy: FileActor; readonly markedAt: string };
}

/** An event as the file fold needs it. */
interface FileEventLike {
  readonly type: string;
  readonly at: string;
  readonly actor: Actor;
  readonly data: unknown;
}

export const fileActorOf = (a: Actor): FileActor => ({
  userId: a.userId,
  role: a.role,
  nameZh: a.nameZh,
  ...(a.agencyId ? { agencyId: a.agencyId } : {}),
});

/** Folds one file event onto the case's files (other events leave them as they are). */
export function evolveFiles(files: readonly CaseFile[] | undefined, e: FileEventLike): readonly CaseFile[] {
  const current = files ?? [];
  const update = (fileId: string, change: (f: CaseFile) => CaseFile) =>
    current.map((f) => (f.fileId === fileId ? change(f) : f));
  switch (e.type) {
    case 'fileAttached': {
      const d = e.data as FileAttachedData;
      if (current.some((f) => f.fileId === d.fileId)) return current;
      const { confidentiality, ...rest } = d;
      return [
        ...current,
        {
          ...rest,
          attachedAt: e.at,
          ...(confidentiality
            ? { confidentiality: { ...confidentiality, markedBy: d.uploadedBy, markedAt: e.at } }
            : {}),
        },
      ];
    }
    case 'fileConfidentialityMarked': {
      const { fileId, kind, reasonZh } = e.data as FileConfidentialityMarkedData;
      return update(fileId, (f) => ({
        ...f,
        confidentiality: { kind, reasonZh, markedBy: fileActorOf(e.actor), markedAt: e.at },
      }));
    }
    case 'fileConfidentialityUnmarked': {
      const { fileId } = e.data as FileConfidentialityUnmarkedData;
      return update(fileId, ({ confidentiality: _c, ...f }) => f);
    }
    default:
      return current;
  }
}

// ------------------------------------------------------------------------------ who reads what

/**
 * Which materials of a side other than their own each party may read. Art. 47: the applicant,
 * third parties and their agents read the respondent's written reply, the evidence and the basis
 * of the act and its other relevant material; Art. 48: the respondent receives the application
 * and the applicant's materials. A side not listed is not open to the viewer (another third
 * party's own material, the body's internal working files).
 */
export const othersMaterialsTable: Readonly<
  Record<
    'applicant' | 'agent' | 'thirdParty' | 'respondent',
    Partial<Record<FileSide, readonly FilePurpose[]>>
  >
> = {
  applicant: { respondent: ['reply', 'evidence', 'basis', 'other'] },
  agent: { respondent: ['reply', 'evidence', 'basis', 'other'] },
  thirdParty: { respondent: ['reply', 'evidence', 'basis', 'other'] },
  respondent: { applicant: filePurposes },
};

/** Who sees everything of a case's materials: its own staff, the committee, supervisors. */
const staffViewers: readonly Viewer[] = ['clerk', 'officeHead', 'committeeMember', 'supervisor'];

/** full: listed and readable; withheld: listed as withheld, with why (Art. 47); hidden: not listed. */
export type FileAccess = 'full' | 'withheld' | 'hidden';

/** Whether the file is the viewer's own side's material (always open to them). */
function isOwn(viewer: Viewer, userId: string, file: CaseFile): boolean {
  switch (viewer) {
    case 'applicant':
    case 'agent':
      return file.side === 'applicant';
    case 'thirdParty':
      // Third parties are each their own side: one reads another's only through the body.
      return file.side === 'thirdParty' && file.uploadedBy.userId === userId;
    case 'respondent':
      return file.side === 'respondent';
    default:
      return false;
  }
}

/**
 * How `viewer` (the actor's relation to the case, ./visibility.ts viewerOf) meets one file. Staff
 * read all; a party reads its own side's material, and the other side's as the table allows,
 * unless it is marked as one of the Art. 47 exclusions — then it is listed as withheld, with the
 * reason, never with its name.
 */
export function fileAccess(viewer: Viewer, userId: string, file: CaseFile): FileAccess {
  if (staffViewers.includes(viewer)) return 'full';
  if (isOwn(viewer, userId, file)) return 'full';
  if (viewer !== 'applicant' && viewer !== 'agent' && viewer !== 'thirdParty' && viewer !== 'respondent')
    return 'hidden';
  const open = othersMaterialsTable[viewer][file.side] ?? [];
  if (!open.includes(file.purpose)) return 'hidden';
  return file.confidentiality ? 'withheld' : 'full';
}

/** The access of the actor to a file of this case. */
export const fileAccessOf = (actor: Actor, state: CaseEnvelope, file: CaseFile): FileAccess =>
  fileAccess(viewerOf(actor, state), actor.userId, file);

/**
 * Whether a reading by this viewer is recorded on the case. Every reading by a party is (the
 * case file shows who read which material and when). Staff readings are not: reading the file is
 * their daily work, each reading would be an event and a new case version (making a colleague's
 * open form stale), and their access is already in the access logs.
 */
export const readingIsLogged = (viewer: Viewer): boolean => !staffViewers.includes(viewer);

/**
 * Whether a file event is on the actor's timeline: only when its file is listed for them, and a
 * reading only for staff and for the reader themselves (who read what is the case's audit trail,
 * not news for the other side).
 */
export function fileEventVisible(actor: Actor, state: CaseEnvelope, e: FileEventLike): boolean {
  if (!isFileEventType(e.type)) return true;
  const viewer = viewerOf(actor, state);
  const file = (state.files ?? []).find((f) => f.fileId === (e.data as { fileId?: string }).fileId);
  if (!file || fileAccess(viewer, actor.userId, file) === 'hidden') return false;
  return e.type !== 'fileRead' || !readingIsLogged(viewer) || e.actor.userId === actor.userId;
}

// ------------------------------------------------------------------------------ deciding

export interface AttachRequest {
  readonly uploadId: string;
  readonly purpose: FilePurpose;
  readonly confidentiality?: Confidentiality;
  /** Staff attaching a party's paper submission: whose material it is (default: the body's own). */
  readonly onBehalfOf?: 'applicant' | 'respondent';
}

/** The side a submitter's files belong to. */
const sideOfSubmitter = (submitter: Submitter): FileSide =>
  submitter === 'applicant' || submitter === 'agent'
    ? 'applicant'
    : submitter === 'thirdParty' || submitter === 'respondent'
      ? submitter
      : 'body';

/**
 * Decides one attachment: the person must be one who submits material to this case, the purpose
 * theirs to submit, the case open, the upload not attached already; only staff say on whose
 * behalf. A submitter may ask for its file to be withheld from the other side at once (a trade
 * secret must not be read before the body has looked at it); the case's staff decide, and may
 * open it (decideConfidentiality). Returns the `fileAttached` event's data (the stored object was
 * checked against the declaration by the caller).
 */
export function decideAttach(
  state: CaseEnvelope,
  actor: Actor,
  request: AttachRequest,
  stored: UploadDeclaration,
  path = '',
): Decision<FileAttachedData> {
  const viewer = viewerOf(actor, state);
  if (!isSubmitter(viewer))
    return refuse('file.purposeNotAllowed', `${viewerLabelsZh[viewer]}不能向本案提交材料`);
  if (state.status === 'closed') return refuse('case.closed', '案件已结案，不能再提交材料');
  const allowed = attachablePurposes[viewer];
  if (!allowed.includes(request.purpose))
    return refuse(
      'file.purposeNotAllowed',
      `${viewerLabelsZh[viewer]}不能提交${purposesZh([request.purpose])}，可提交${purposesZh(allowed)}`,
      [{ path: `${path}purpose`, messageZh: `可选：${purposesZh(allowed)}` }],
    );
  const staff = viewer === 'clerk' || viewer === 'officeHead';
  if (request.onBehalfOf && !staff)
    return refuse('file.purposeNotAllowed', '只有本案承办人员可以代当事人提交材料', [
      { path: `${path}onBehalfOf`, messageZh: '当事人提交材料时不填' },
    ]);
  if ((state.files ?? []).some((f) => f.fileId === request.uploadId))
    return refuse('file.alreadyAttached', '该文件已提交到本案', [
      { path: `${path}uploadId`, messageZh: '已提交' },
    ]);
  return ok({
    fileId: request.uploadId,
    name: stored.fileName,
    contentType: stored.contentType,
    size: stored.size,
    sha256: stored.sha256,
    purpose: request.purpose,
    side: request.onBehalfOf ?? sideOfSubmitter(viewer),
    uploadedBy: fileActorOf(actor),
    ...(request.confidentiality ? { confidentiality: request.confidentiality } : {}),
  });
}

/** Only the case's own staff mark or unmark a file; the file must be on the case, the change real. */
export function decideConfidentiality(
  state: CaseEnvelope,
  actor: Actor,
  fileId: string,
  change:
    | { readonly marked: true; readonly confidentiality: Confidentiality }
    | { readonly marked: false; readonly reasonZh: string },
): Decision<
  | { readonly type: 'fileConfidentialityMarked'; readonly data: FileConfidentialityMarkedData }
  | { readonly type: 'fileConfidentialityUnmarked'; readonly data: FileConfidentialityUnmarkedData }
> {
  const viewer = viewerOf(actor, state);
  if (viewer !== 'clerk' && viewer !== 'officeHead')
    return refuse('action.roleNotAllowed', '只有本案承办人员可以标记或取消标记材料是否可供查阅');
  const file = (state.files ?? []).find((f) => f.fileId === fileId);
  if (!file) return refuse('file.notFound', '本案没有这份材料');
  if (change.marked) {
    const { kind, reasonZh } = change.confidentiality;
    const same = file.confidentiality?.kind === kind && file.confidentiality.reasonZh === reasonZh;
    if (same) return refuse('file.confidentialityUnchanged', '该材料已按相同理由标记为不予查阅');
    return ok({ type: 'fileConfidentialityMarked', data: { fileId, kind, reasonZh } });
  }
  if (!file.confidentiality) return refuse('file.confidentialityUnchanged', '该材料没有不予查阅的标记');
  return ok({ type: 'fileConfidentialityUnmarked', data: { fileId, reasonZh: change.reasonZh } });
}

// ------------------------------------------------------------------------------ notices

/**
 * The engine's notices about materials: a party's file reaches the clerks of the body handling
 * the case. The files of a filing are announced with the filing itself (they are appended with
 * it, at the same instant); the body's own files, marks and readings notify no one.
 */
export function fileNotices(
  state: Pick<CaseEnvelope, 'bodyId' | 'caseNumber' | 'filedAt'>,
  e: FileEventLike,
): { recipient: string; kind: string; subjectZh: string; bodyZh: string }[] {
  if (e.type !== 'fileAttached' || e.at === state.filedAt) return [];
  const d = e.data as FileAttachedData;
  if (d.side === 'body') return [];
  return [
    {
      recipient: bodyAudience(state.bodyId),
      kind: 'fileAttached',
      subjectZh: `${fileSideLabelsZh[d.side]}提交了新材料（${state.caseNumber}）`,
      bodyZh: `${fileSideLabelsZh[d.side]}提交了“${filePurposeLabelsZh[d.purpose]}”：${d.name}（${formatBytesZh(d.size)}）。请在案件的“材料与阅卷”部分查看。`,
    },
  ];
}
