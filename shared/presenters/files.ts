import type { Actor } from '../domain/actors';
import type { CaseEnvelope, CaseEvent } from '../domain/case';
import {
  type CaseFile,
  confidentialityLabelsZh,
  type FileActor,
  type FileConfidentialityMarkedData,
  type FileConfidentialityUnmarkedData,
  fileAccess,
  filePurposeLabelsZh,
  fileSideLabelsZh,
  readingIsLogged,
} from '../domain/files';
import { showName, type Viewer, viewerOf } from '../domain/visibility';

/**
 * The case's materials as a person sees them: staff every file; a party its own side's and what
 * Art. 47 opens to it; a file marked as an exclusion appears to the other side only as withheld,
 * with the kind and the reason, never with its name. The same entries serve the file list and the
 * timeline's file events, so neither says more than the other.
 */

/** A person who uploaded or marked a file, as the viewer may see them (a citizen's name by the visibility table). */
function presentFileActor(viewer: Viewer, a: FileActor) {
  return {
    role: a.role,
    nameZh: a.role === 'applicant' ? showName(viewer, 'applicant', a.nameZh, 'person') : a.nameZh,
  };
}

const labelsOf = (f: CaseFile) => ({
  purpose: f.purpose,
  purposeLabelZh: filePurposeLabelsZh[f.purpose],
  side: f.side,
  sideLabelZh: fileSideLabelsZh[f.side],
});

/** One file as `viewer` may see it, or undefined when it is not listed for them at all. */
export function presentFile(viewer: Viewer, userId: string, f: CaseFile) {
  const access = fileAccess(viewer, userId, f);
  if (access === 'hidden') return undefined;
  const confidentiality = f.confidentiality && {
    kind: f.confidentiality.kind,
    kindLabelZh: confidentialityLabelsZh[f.confidentiality.kind],
    reasonZh: f.confidentiality.reasonZh,
  };
  if (access === 'withheld' && confidentiality)
    return {
      fileId: f.fileId,
      withheld: true as const,
      ...labelsOf(f),
      attachedAt: f.attachedAt,
      withheldZh: `该材料${confidentiality.kindLabelZh}，依照《行政复议法》第四十七条不予查阅。理由：${confidentiality.reasonZh}`,
      confidentiality,
    };
  return {
    fileId: f.fileId,
    withheld: false as const,
    name: f.name,
    contentType: f.contentType,
    size: f.size,
    sha256: f.sha256,
    ...labelsOf(f),
    uploadedBy: presentFileActor(viewer, f.uploadedBy),
    attachedAt: f.attachedAt,
    ...(confidentiality
      ? {
          confidentiality: {
            ...confidentiality,
            markedBy: presentFileActor(viewer, f.confidentiality?.markedBy ?? f.uploadedBy),
          },
        }
      : {}),
    /** Whether a download by this person is recorded on the case (every party's is). */
    readingLogged: readingIsLogged(viewer),
  };
}

/** The case's files as the actor may see them, in the order they were attached. */
export function presentFiles(actor: Actor, state: CaseEnvelope) {
  const viewer = viewerOf(actor, state);
  return (state.files ?? []).flatMap((f) => {
    const shown = presentFile(viewer, actor.userId, f);
    return shown ? [shown] : [];
  });
}

const fileOf = (state: CaseEnvelope, e: CaseEvent) =>
  (state.files ?? []).find((f) => f.fileId === (e.data as { fileId?: string }).fileId);

/** A file event's data on the timeline: the file as the viewer may see it, and what the event changed. */
export function presentFileEventData(actor: Actor, state: CaseEnvelope, e: CaseEvent) {
  const viewer = viewerOf(actor, state);
  const found = fileOf(state, e);
  const file = found && presentFile(viewer, actor.userId, found);
  const fileId = (e.data as { fileId: string }).fileId;
  switch (e.type) {
    case 'fileConfidentialityMarked': {
      const d = e.data as FileConfidentialityMarkedData;
      return {
        fileId,
        file,
        kind: d.kind,
        kindLabelZh: confidentialityLabelsZh[d.kind],
        reasonZh: d.reasonZh,
      };
    }
    case 'fileConfidentialityUnmarked':
      return { fileId, file, reasonZh: (e.data as FileConfidentialityUnmarkedData).reasonZh };
    default:
      return { fileId, file };
  }
}
