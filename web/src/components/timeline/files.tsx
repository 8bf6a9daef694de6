import { formatBytesZh } from '../../../../shared/domain/files';
import type { FileEntry } from '../../api/types';
import type { EventProps } from './reconsideration';

/**
 * The case's materials on the timeline: the file as the API shows it to this person — by name
 * where they may read it, and otherwise only as withheld, with the reason (never the name).
 */
function fileTitle(file: FileEntry | undefined): string {
  if (!file) return '一份材料';
  if (file.withheld) return `一份“${file.purposeLabelZh}”（不予查阅）`;
  return `“${file.name}”（${file.purposeLabelZh}，${formatBytesZh(file.size)}）`;
}

export function FileAttached({ event }: EventProps<'fileAttached'>) {
  const file = event.data.file;
  return (
    <>
      <p>
        {file ? `${file.sideLabelZh}提交` : '提交'}
        {fileTitle(file)}。
      </p>
      {file?.withheld ? <p className="event-note">{file.withheldZh}</p> : null}
    </>
  );
}

export function FileConfidentialityMarked({ event }: EventProps<'fileConfidentialityMarked'>) {
  const d = event.data;
  return (
    <>
      <p>
        {fileTitle(d.file)}对另一方不予查阅：{d.kindLabelZh}。
      </p>
      <p className="event-note pre-wrap">理由：{d.reasonZh}</p>
    </>
  );
}

export function FileConfidentialityUnmarked({ event }: EventProps<'fileConfidentialityUnmarked'>) {
  const d = event.data;
  return (
    <>
      <p>{fileTitle(d.file)}取消不予查阅标记，双方均可查阅。</p>
      <p className="event-note pre-wrap">理由：{d.reasonZh}</p>
    </>
  );
}

export function FileRead({ event }: EventProps<'fileRead'>) {
  return <p>在线查阅（下载）{fileTitle(event.data.file)}。</p>;
}
