import { Form, Input } from 'antd';
import type { FilePurpose } from '../../../../shared/domain/files';
import { required } from '../../forms/problem';
import { UploadList } from '../files/UploadList';
import { useUploads } from '../files/upload';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint } from './fields';

/** What a correction's files may be: the material asked for, first. */
const correctionPurposes: readonly FilePurpose[] = ['correctionMaterial', 'evidence', 'powerOfAttorney'];

interface Values {
  answers: { textZh: string }[];
}

const labels = {
  answers: '补正内容',
  'answers.*.textZh': '补正内容',
  'answers.*.field': '补正事项',
  attachments: '补正材料文件',
};

/** 提交补正材料: an answer to each item of the correction notice, in its order, and the files it asks for. */
export function SubmitCorrectionForm(props: ActionFormProps) {
  const items = props.caseView.correction?.items ?? [];
  const uploads = useUploads(correctionPurposes);
  return (
    <ActionForm<'submitCorrection', Values>
      {...props}
      action="submitCorrection"
      labels={labels}
      toFields={(v) => ({
        answers: items.map((item, i) => ({ field: item.field, textZh: v.answers[i]?.textZh.trim() ?? '' })),
        ...(uploads.attachments.length ? { attachments: [...uploads.attachments] } : {}),
      })}
      {...(uploads.pending ? { waitingZh: '文件正在上传，完成后即可提交' } : {})}
    >
      <Hint>
        请逐项填写补正内容。无正当理由逾期不补正的，视为放弃行政复议申请（《行政复议法》第三十一条）。
      </Hint>
      {items.map((item, i) => (
        <Form.Item
          key={`${item.field}:${item.descriptionZh}`}
          name={['answers', i, 'textZh']}
          label={`第${i + 1}项 ${item.field}：${item.descriptionZh}`}
          rules={[required('补正内容')]}
        >
          <Input.TextArea rows={3} maxLength={10000} data-testid={`correction-answer-${i}`} />
        </Form.Item>
      ))}
      <UploadList
        uploads={uploads}
        labelZh="补正材料文件（可选）"
        hintZh="补正通知要求提交的材料，可在此上传，随补正一并提交。"
        testId="correction-uploads"
      />
    </ActionForm>
  );
}
