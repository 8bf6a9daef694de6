import { useCallback, useMemo, useState } from 'react';
import {
  allowedContentTypes,
  allowedTypesZh,
  contentTypeForName,
  type FilePurpose,
  formatBytesZh,
  uploadRules,
} from '../../../../shared/domain/files';
import { type ApiClient, ok } from '../../api/client';
import { ApiProblem, problemOf } from '../../api/problem';
import { usePortal } from '../../app/portal';

/**
 * Uploading a file as the API asks: the browser computes its SHA-256 (crypto.subtle), declares
 * name, type, size and digest (POST /v1/uploads), then PUTs the bytes straight to the signed
 * link with exactly the headers it was given — the file store refuses any other bytes. The type
 * and the size are checked here first, against the same rules the API applies
 * (shared/domain/files.ts uploadRules), so a wrong file is explained before anything is sent.
 */

export type { FilePurpose };

/** What the file picker offers: the allowed extensions and types. */
export const acceptedFiles = [
  ...allowedContentTypes.flatMap((t) => uploadRules.contentTypes[t].extensions),
  ...allowedContentTypes,
].join(',');

export const uploadRulesZh = `可上传${allowedTypesZh}格式的文件，每份不超过${uploadRules.maxLabelZh}`;

/** The type a chosen file is uploaded as (by its extension, as the API checks it), or why it cannot be. */
export function checkChosenFile(file: {
  readonly name: string;
  readonly size: number;
}): { readonly contentType: string } | { readonly errorZh: string } {
  const contentType = contentTypeForName(file.name);
  if (!contentType) return { errorZh: `“${file.name}”的格式不能上传：${uploadRulesZh}。` };
  if (file.size === 0) return { errorZh: `“${file.name}”是空文件，请重新选择。` };
  if (file.size > uploadRules.maxBytes)
    return {
      errorZh: `“${file.name}”有${formatBytesZh(file.size)}，超过${uploadRules.maxLabelZh}的上限，请压缩或拆分后再上传。`,
    };
  return { contentType };
}

/** SHA-256 of the file's bytes, lowercase hex (crypto.subtle: https pages and localhost only). */
export async function sha256Of(file: Blob): Promise<string> {
  if (!globalThis.crypto?.subtle)
    throw new ApiProblem({
      status: 0,
      detail: '当前页面不是安全连接（https），无法计算文件校验值，请使用 https 地址访问',
    });
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Uploads one checked file for `purpose`; its upload id once the store has the bytes. */
export async function uploadChosenFile(
  api: ApiClient,
  file: File,
  contentType: string,
  purpose: FilePurpose,
): Promise<string> {
  const sha256 = await sha256Of(file);
  const ticket = await ok(
    api.POST('/v1/uploads', { body: { fileName: file.name, contentType, size: file.size, sha256, purpose } }),
  );
  let res: Response;
  try {
    res = await fetch(ticket.url, { method: ticket.method, headers: ticket.headers, body: file });
  } catch {
    throw new ApiProblem({ status: 0, detail: '无法连接文件存储，请检查网络后重新上传' });
  }
  if (!res.ok) {
    // The local store answers a problem in Chinese; S3 answers XML, said here in Chinese.
    const problem = (res.headers.get('content-type') ?? '').includes('json')
      ? await problemOf(res)
      : undefined;
    throw new ApiProblem({
      status: res.status,
      detail:
        problem?.message ??
        '文件存储未接受该文件（上传链接可能已过期，或文件在传输中发生了变化），请重新选择文件上传',
    });
  }
  return ticket.uploadId;
}

/** One chosen file, while and after it uploads. */
export interface UploadItem {
  readonly key: string;
  readonly fileName: string;
  readonly size: number;
  readonly purpose: FilePurpose;
  readonly status: 'uploading' | 'done' | 'failed';
  readonly uploadId?: string;
  readonly errorZh?: string;
}

export interface Uploads {
  readonly items: readonly UploadItem[];
  /** The purposes a person may choose for a file here (the first is the default). */
  readonly purposes: readonly FilePurpose[];
  /** Some file is still uploading (a form waits for it). */
  readonly pending: boolean;
  /** The uploaded files as a filing or an action names them. */
  readonly attachments: readonly { uploadId: string; purpose: FilePurpose }[];
  add(files: Iterable<File>): void;
  remove(key: string): void;
  setPurpose(key: string, purpose: FilePurpose): void;
  clear(): void;
}

let counter = 0;

/** The files a person chose for one form: each checked, hashed and uploaded as soon as chosen. */
export function useUploads(purposes: readonly FilePurpose[]): Uploads {
  const { api } = usePortal();
  const [items, setItems] = useState<UploadItem[]>([]);
  const update = useCallback(
    (key: string, patch: Partial<UploadItem>) =>
      setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i))),
    [],
  );
  const add = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        const key = `upload-${++counter}`;
        const purpose = purposes[0] as FilePurpose;
        const base = { key, fileName: file.name, size: file.size, purpose };
        const checked = checkChosenFile(file);
        if ('errorZh' in checked) {
          setItems((list) => [...list, { ...base, status: 'failed', errorZh: checked.errorZh }]);
          continue;
        }
        setItems((list) => [...list, { ...base, status: 'uploading' }]);
        uploadChosenFile(api, file, checked.contentType, purpose).then(
          (uploadId) => update(key, { status: 'done', uploadId }),
          (err: unknown) =>
            update(key, { status: 'failed', errorZh: err instanceof Error ? err.message : String(err) }),
        );
      }
    },
    [api, purposes, update],
  );
  return useMemo(
    () => ({
      items,
      purposes,
      pending: items.some((i) => i.status === 'uploading'),
      attachments: items.flatMap((i) =>
        i.status === 'done' && i.uploadId ? [{ uploadId: i.uploadId, purpose: i.purpose }] : [],
      ),
      add,
      remove: (key: string) => setItems((list) => list.filter((i) => i.key !== key)),
      setPurpose: (key: string, purpose: FilePurpose) => update(key, { purpose }),
      clear: () => setItems([]),
    }),
    [items, purposes, add, update],
  );
}
