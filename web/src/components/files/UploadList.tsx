import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Spin, Typography } from 'antd';
import { useId, useRef } from 'react';
import { filePurposeLabelsZh, formatBytesZh } from '../../../../shared/domain/files';
import { StatusTag } from '../StatusTag';
import { acceptedFiles, type UploadItem, type Uploads, uploadRulesZh } from './upload';

const statusTag = (item: UploadItem) =>
  item.status === 'uploading' ? (
    <StatusTag tone="info" icon={<Spin size="small" />}>
      正在上传
    </StatusTag>
  ) : item.status === 'done' ? (
    <StatusTag tone="success">已上传</StatusTag>
  ) : (
    <StatusTag tone="danger">未上传</StatusTag>
  );

/**
 * The upload control: a button opening the file picker, then each chosen file with its size, its
 * state (uploading, uploaded, or why not), the purpose it is submitted as, and a remove button.
 * A file of the wrong type or over the size limit is explained at once, before anything is sent.
 */
export function UploadList(props: {
  readonly uploads: Uploads;
  /** What the files are for, read above the button (e.g. 证据材料). */
  readonly labelZh: string;
  readonly hintZh?: string;
  readonly testId?: string;
}) {
  const { uploads } = props;
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  return (
    <div className="upload-list" data-testid={props.testId ?? 'upload-list'}>
      <Typography.Text strong>{props.labelZh}</Typography.Text>
      <div className="upload-list-hint" id={hintId}>
        {props.hintZh ? <span>{props.hintZh}</span> : null}
        <span>{uploadRulesZh}。</span>
      </div>
      <input
        ref={input}
        type="file"
        multiple
        accept={acceptedFiles}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="upload-input"
        onChange={(e) => {
          uploads.add(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <Button
        icon={<UploadOutlined aria-hidden="true" />}
        onClick={() => input.current?.click()}
        aria-describedby={hintId}
        data-testid="upload-choose"
      >
        选择文件
      </Button>
      {uploads.items.length ? (
        <ul className="upload-items" aria-live="polite">
          {uploads.items.map((item) => (
            <li key={item.key} className="upload-item" data-testid="upload-item" data-status={item.status}>
              <Space wrap size="small" className="upload-item-head">
                <PaperClipOutlined aria-hidden="true" />
                <span className="upload-item-name">{item.fileName}</span>
                <Typography.Text type="secondary">{formatBytesZh(item.size)}</Typography.Text>
                {statusTag(item)}
                {item.status !== 'failed' && uploads.purposes.length > 1 ? (
                  <Select
                    size="small"
                    value={item.purpose}
                    onChange={(p) => uploads.setPurpose(item.key, p)}
                    options={uploads.purposes.map((p) => ({ value: p, label: filePurposeLabelsZh[p] }))}
                    aria-label={`“${item.fileName}”的材料用途`}
                    popupMatchSelectWidth={false}
                    data-testid="upload-purpose"
                  />
                ) : item.status !== 'failed' ? (
                  <StatusTag tone="neutral">{filePurposeLabelsZh[item.purpose]}</StatusTag>
                ) : null}
                <Button
                  size="small"
                  type="text"
                  icon={<DeleteOutlined aria-hidden="true" />}
                  onClick={() => uploads.remove(item.key)}
                  aria-label={`移除“${item.fileName}”`}
                />
              </Space>
              {item.errorZh ? (
                <Alert
                  type="error"
                  showIcon
                  title={item.errorZh}
                  className="upload-item-error"
                  role="alert"
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
