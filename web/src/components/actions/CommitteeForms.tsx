import { Button, Form, Input } from 'antd';
import type { ActionFields } from '../../api/types';
import { required } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, NoteField, optional } from './fields';
import { type MemberRow, MemberRows, memberFields, memberLabels } from './members';

/**
 * The reconsideration committee's advisory opinion (Art. 52): the office's questions to the members
 * it names, each member's own written opinion, and the committee's opinion the office records.
 */

const emptyMember = (): MemberRow => ({ userId: '', nameZh: '', formerAgencyIds: [], relatedToParty: false });

/** 提请行政复议委员会咨询: the questions and the members asked. */
export function ReferToCommitteeForm(props: ActionFormProps) {
  const required52 = props.caseView.committee?.requiredGroundsZh ?? [];
  return (
    <ActionForm<'referToCommittee', { questions: { text: string }[]; members: MemberRow[]; noteZh?: string }>
      {...props}
      action="referToCommittee"
      labels={{ ...memberLabels, questionsZh: '咨询的问题', 'questionsZh.*': '咨询的问题', noteZh: '说明' }}
      initialValues={{ questions: [{ text: '' }], members: [emptyMember()] }}
      toFields={(v) => ({
        questionsZh: v.questions.map((q) => q.text.trim()),
        members: v.members.map((m) => memberFields(m)) as ActionFields<'referToCommittee'>['members'],
        ...optional('noteZh', v.noteZh),
      })}
    >
      <Hint>
        {required52.length
          ? `本案应当提请行政复议委员会提出咨询意见：${required52.join('；')}。`
          : '行政复议机构认为有必要的，可以提请行政复议委员会提出咨询意见（《行政复议法》第五十二条第二款第四项）。'}
        委员会的咨询意见是作出行政复议决定的重要参考依据（第六十一条第三款）。
      </Hint>
      <Form.List name="questions">
        {(rows, { add, remove }) => (
          <>
            <ol className="correction-rows" data-testid="committee-questions">
              {rows.map((row, i) => (
                <li key={row.key} className="correction-row">
                  <Form.Item
                    name={[row.name, 'text']}
                    label={`第${i + 1}个 咨询的问题`}
                    rules={[required('咨询的问题')]}
                  >
                    <Input.TextArea rows={2} maxLength={2000} data-testid={`committee-question-${i}`} />
                  </Form.Item>
                  {rows.length > 1 ? (
                    <Button type="link" onClick={() => remove(row.name)} className="correction-remove">
                      删除第{i + 1}个问题
                    </Button>
                  ) : null}
                </li>
              ))}
            </ol>
            <Button onClick={() => add({ text: '' })} data-testid="add-committee-question">
              添加一个问题
            </Button>
          </>
        )}
      </Form.List>
      <MemberRows
        reference={props.reference}
        procedure={props.caseView.procedure}
        panel={false}
        testId="committee-members"
        newRow={emptyMember}
      />
      <NoteField testId="committee-note" />
    </ActionForm>
  );
}

/** 提出咨询意见: a member asked gives their own written opinion on the questions. */
export function GiveCommitteeOpinionForm(props: ActionFormProps) {
  const questions = props.caseView.committee?.referral?.questionsZh ?? [];
  return (
    <ActionForm<'giveCommitteeOpinion', { opinionZh: string }>
      {...props}
      action="giveCommitteeOpinion"
      labels={{ opinionZh: '咨询意见' }}
      toFields={(v) => ({ opinionZh: v.opinionZh.trim() })}
    >
      <Hint>请就以下问题提出您本人的书面咨询意见（《行政复议法》第五十二条）。意见提交后不能修改。</Hint>
      <ol className="event-list" data-testid="opinion-questions">
        {questions.map((q) => (
          <li key={q} className="pre-wrap">
            {q}
          </li>
        ))}
      </ol>
      <Form.Item name="opinionZh" label="咨询意见" rules={[required('咨询意见')]}>
        <Input.TextArea rows={8} maxLength={20000} showCount data-testid="committee-opinion" />
      </Form.Item>
    </ActionForm>
  );
}

/** 记录委员会咨询意见: the office records the committee's opinion from the members' written ones (Art. 52(3)). */
export function RecordCommitteeOpinionForm(props: ActionFormProps) {
  const opinions = props.caseView.committee?.opinions ?? [];
  return (
    <ActionForm<'recordCommitteeOpinion', { opinionZh: string }>
      {...props}
      action="recordCommitteeOpinion"
      labels={{ opinionZh: '行政复议委员会咨询意见' }}
      toFields={(v) => ({ opinionZh: v.opinionZh.trim() })}
    >
      <Hint>
        行政复议机构应当记录行政复议委员会的咨询意见（《行政复议法》第五十二条第三款）。委员的书面意见：
      </Hint>
      <ul className="event-list" data-testid="member-opinions">
        {opinions.map((o) => (
          <li key={o.userId} className="pre-wrap">
            {o.nameZh}：{o.opinionZh}
          </li>
        ))}
      </ul>
      <Form.Item name="opinionZh" label="行政复议委员会咨询意见" rules={[required('行政复议委员会咨询意见')]}>
        <Input.TextArea rows={6} maxLength={20000} showCount data-testid="committee-consolidated" />
      </Form.Item>
    </ActionForm>
  );
}
