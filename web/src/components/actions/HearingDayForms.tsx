import { Button, Form, Input, Radio, Select, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { timeLimitZh, vocabulary } from '../../api/reference';
import type { ActionFields, CaseView } from '../../api/types';
import { formatDate } from '../../format';
import { choose, required } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { DayField, Hint, isoDay, NoteField, optional } from './fields';

/**
 * The hearing itself (Art. 51): the written notice of time, place and issues at least the rule's
 * working days ahead, a postponement, what happened on the day, and the record (听证笔录) the
 * recorder drafts and every participant confirms.
 */

type Hearing = NonNullable<CaseView['hearing']>;

const noticeHint = (props: ActionFormProps) => {
  const period = timeLimitZh(props.reference, 'rc.hearingNotice');
  return `听证通知书载明听证的时间、地点和拟听证事项，应当于举行听证的${period ?? '法定期限'}前送达当事人（《行政复议法》第五十一条）；所定日期过近的，系统将告知最早可以举行听证的日期。`;
};

interface WhenWhere {
  date: Dayjs;
  time: Dayjs;
  place?: string;
  onlineLink?: string;
}
const whenWhereLabels = { date: '听证日期', time: '听证时间', place: '听证地点', onlineLink: '网络听证链接' };
const whenWhereFields = (v: WhenWhere) => ({
  date: isoDay(v.date),
  time: v.time.format('HH:mm'),
  ...optional('place', v.place),
  ...optional('onlineLink', v.onlineLink),
});

function WhenWhereFields(props: { readonly testId: string; readonly placeExtra?: string }) {
  return (
    <>
      <DayField name="date" labelZh={whenWhereLabels.date} testId={`${props.testId}-date`} />
      <Form.Item name="time" label={whenWhereLabels.time} rules={[choose(whenWhereLabels.time)]}>
        <TimePicker format="HH:mm" minuteStep={5} data-testid={`${props.testId}-time`} />
      </Form.Item>
      <Form.Item
        name="place"
        label={`${whenWhereLabels.place}（与网络听证链接至少填写一项）`}
        extra={props.placeExtra}
      >
        <Input maxLength={200} data-testid={`${props.testId}-place`} />
      </Form.Item>
      <Form.Item name="onlineLink" label={`${whenWhereLabels.onlineLink}（选填）`}>
        <Input
          maxLength={500}
          placeholder="视频会议系统提供的完整链接"
          data-testid={`${props.testId}-link`}
        />
      </Form.Item>
    </>
  );
}

/** 安排听证并发出听证通知书: time, place or link, and the issues in dispute (争议焦点). */
export function ScheduleHearingForm(props: ActionFormProps) {
  return (
    <ActionForm<'scheduleHearing', WhenWhere & { issues: { text: string }[] }>
      {...props}
      action="scheduleHearing"
      labels={{ ...whenWhereLabels, issues: '争议焦点', 'issues.*': '争议焦点' }}
      initialValues={{ issues: [{ text: '' }] }}
      toFields={(v) => ({ ...whenWhereFields(v), issues: v.issues.map((i) => i.text.trim()) })}
    >
      <Hint>{noticeHint(props)}</Hint>
      <WhenWhereFields testId="hearing" />
      <Form.List name="issues">
        {(rows, { add, remove }) => (
          <>
            <ol className="correction-rows" data-testid="hearing-issues">
              {rows.map((row, i) => (
                <li key={row.key} className="correction-row">
                  <Form.Item
                    name={[row.name, 'text']}
                    label={`第${i + 1}项 争议焦点`}
                    rules={[required('争议焦点')]}
                  >
                    <Input.TextArea rows={2} maxLength={500} data-testid={`hearing-issue-${i}`} />
                  </Form.Item>
                  {rows.length > 1 ? (
                    <Button type="link" onClick={() => remove(row.name)} className="correction-remove">
                      删除第{i + 1}项
                    </Button>
                  ) : null}
                </li>
              ))}
            </ol>
            <Button onClick={() => add({ text: '' })} data-testid="add-hearing-issue">
              添加一项争议焦点
            </Button>
          </>
        )}
      </Form.List>
    </ActionForm>
  );
}

/** 延期举行听证: a new day, notified again as far ahead as the first (Art. 51). */
export function PostponeHearingForm(props: ActionFormProps) {
  const s = props.caseView.hearing?.schedule;
  return (
    <ActionForm<'postponeHearing', WhenWhere & { reasonZh: string }>
      {...props}
      action="postponeHearing"
      labels={{ ...whenWhereLabels, reasonZh: '延期理由' }}
      toFields={(v) => ({ ...whenWhereFields(v), reasonZh: v.reasonZh.trim() })}
    >
      <Hint>
        {s ? `原定于${formatDate(s.date)}${s.time}举行。` : ''}
        {noticeHint(props)}
      </Hint>
      <WhenWhereFields testId="postpone" placeExtra="不填写地点和链接的，在原地点举行" />
      <Form.Item name="reasonZh" label="延期理由" rules={[required('延期理由')]}>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="postpone-reason" />
      </Form.Item>
    </ActionForm>
  );
}

type HeldValues = Omit<ActionFields<'recordHearingHeld'>, never>;

/** 登记听证举行情况: who attended; the respondent's head, or why not and who came instead (Art. 51). */
export function RecordHearingHeldForm(props: ActionFormProps) {
  const applicantZh = vocabulary(props.reference, props.caseView.procedure, 'applicantAttendanceZh');
  const respondentZh = vocabulary(props.reference, props.caseView.procedure, 'respondentAttendanceZh');
  const labels = {
    applicantAttendance: '申请人参加情况',
    respondentAttendance: '被申请人参加情况',
    respondentHeadNameZh: '被申请人负责人姓名',
    respondentOfficialNameZh: '被申请人委托参加的工作人员',
    respondentExplanationZh: '负责人未参加的理由',
    noteZh: '说明',
  };
  return (
    <ActionForm<'recordHearingHeld', HeldValues>
      {...props}
      action="recordHearingHeld"
      labels={labels}
      initialValues={{ applicantAttendance: 'attended', respondentAttendance: 'head' }}
      toFields={(v) => ({
        applicantAttendance: v.applicantAttendance,
        respondentAttendance: v.respondentAttendance,
        ...optional('respondentHeadNameZh', v.respondentHeadNameZh),
        ...optional('respondentOfficialNameZh', v.respondentOfficialNameZh),
        ...optional('respondentExplanationZh', v.respondentExplanationZh),
        ...optional('noteZh', v.noteZh),
      })}
    >
      <Hint>
        申请人无正当理由拒不参加听证的，视为放弃听证权利；申请人有正当理由不能参加的，请办理延期举行听证。被申请人的负责人应当参加听证，不能参加的，应当说明理由并委托相应的工作人员参加（《行政复议法》第五十一条）。
      </Hint>
      <Form.Item
        name="applicantAttendance"
        label={<span id="held-applicant-label">{labels.applicantAttendance}</span>}
        rules={[choose(labels.applicantAttendance)]}
      >
        <Radio.Group aria-labelledby="held-applicant-label" className="vertical-options">
          {Object.entries(applicantZh).map(([value, label]) => (
            <Radio key={value} value={value} data-testid={`held-applicant-${value}`}>
              {label}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="respondentAttendance"
        label={<span id="held-respondent-label">{labels.respondentAttendance}</span>}
        rules={[choose(labels.respondentAttendance)]}
      >
        <Radio.Group aria-labelledby="held-respondent-label" className="vertical-options">
          {Object.entries(respondentZh).map(([value, label]) => (
            <Radio key={value} value={value} data-testid={`held-respondent-${value}`}>
              {label}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['respondentAttendance']}>
        {({ getFieldValue }) => {
          const how = getFieldValue('respondentAttendance') as HeldValues['respondentAttendance'];
          return (
            <>
              {how === 'head' ? (
                <Form.Item
                  name="respondentHeadNameZh"
                  label={labels.respondentHeadNameZh}
                  rules={[required(labels.respondentHeadNameZh)]}
                >
                  <Input maxLength={50} data-testid="held-head-name" />
                </Form.Item>
              ) : (
                <Form.Item
                  name="respondentExplanationZh"
                  label={how === 'delegated' ? labels.respondentExplanationZh : '被申请人未派员参加的情况'}
                  rules={[required(labels.respondentExplanationZh)]}
                >
                  <Input.TextArea rows={2} maxLength={2000} data-testid="held-explanation" />
                </Form.Item>
              )}
              {how === 'delegated' ? (
                <Form.Item
                  name="respondentOfficialNameZh"
                  label={labels.respondentOfficialNameZh}
                  rules={[required(labels.respondentOfficialNameZh)]}
                >
                  <Input maxLength={100} data-testid="held-official" />
                </Form.Item>
              ) : null}
            </>
          );
        }}
      </Form.Item>
      <NoteField testId="held-note" />
    </ActionForm>
  );
}

/** 制作听证笔录: the panel's recorder writes it; every participant then confirms it online. */
export function DraftHearingRecordForm(props: ActionFormProps) {
  const existing = props.caseView.hearing?.record?.recordZh;
  return (
    <ActionForm<'draftHearingRecord', { recordZh: string }>
      {...props}
      action="draftHearingRecord"
      labels={{ recordZh: '听证笔录' }}
      initialValues={existing ? { recordZh: existing } : {}}
      toFields={(v) => ({ recordZh: v.recordZh.trim() })}
    >
      <Hint>
        听证笔录由本次听证的记录员制作，交申请人、被申请人和听证人员在线核对确认；经过听证的案件，行政复议决定依据听证笔录作出（《行政复议法》第六十一条第二款）。
      </Hint>
      <Form.Item name="recordZh" label="听证笔录" rules={[required('听证笔录')]}>
        <Input.TextArea rows={12} maxLength={50000} showCount data-testid="hearing-record-text" />
      </Form.Item>
    </ActionForm>
  );
}

/** The record as drafted, for the person confirming it. */
function RecordText({ record }: { readonly record: NonNullable<Hearing['record']> | undefined }) {
  if (!record) return null;
  return (
    <section aria-label="听证笔录全文" className="hearing-record-text" data-testid="confirm-record-text">
      <Typography.Paragraph className="pre-wrap">{record.recordZh}</Typography.Paragraph>
    </section>
  );
}

/** 确认听证笔录: the participant has read the record and confirms it, as signing it would. */
export function ConfirmHearingRecordForm(props: ActionFormProps) {
  const record = props.caseView.hearing?.record;
  return (
    <ActionForm<'confirmHearingRecord', Record<string, never>>
      {...props}
      action="confirmHearingRecord"
      labels={{}}
      toFields={() => ({})}
    >
      <Hint>
        请核对{record ? `${formatDate(record.draftedOn)}制作的` : ''}
        听证笔录。确认即视为您在听证笔录上签字；认为笔录有遗漏或差错的，请先告知记录员更正。
      </Hint>
      <RecordText record={record} />
    </ActionForm>
  );
}

/** 记明拒绝签字情况: the recorder notes who refused to sign the record and how. */
export function RecordSignatureRefusalForm(props: ActionFormProps) {
  const pending = (props.caseView.hearing?.record?.signatures ?? []).filter((s) => s.status === 'pending');
  return (
    <ActionForm<'recordSignatureRefusal', { signatory: string; reasonZh: string }>
      {...props}
      action="recordSignatureRefusal"
      labels={{ signatory: '拒绝签字的人员', reasonZh: '拒绝签字的情况' }}
      toFields={(v) => ({ signatory: v.signatory, reasonZh: v.reasonZh.trim() })}
    >
      <Hint>参加人拒绝在听证笔录上签字的，由记录员记明情况；全部参加人确认或记明后，听证笔录即告完成。</Hint>
      <Form.Item name="signatory" label="拒绝签字的人员" rules={[choose('拒绝签字的人员')]}>
        <Select
          options={pending.map((s) => ({ value: s.key, label: s.nameZh }))}
          data-testid="refusal-signatory"
        />
      </Form.Item>
      <Form.Item name="reasonZh" label="拒绝签字的情况" rules={[required('拒绝签字的情况')]}>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="refusal-reason" />
      </Form.Item>
    </ActionForm>
  );
}
