import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Spin,
  Table,
  Tabs,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { usePortal } from '../../app/portal';
import { formatDate, formatDateTime } from '../../format';
import { choose, ErrorSummary, type FieldLabels, required, useProblem } from '../../forms/problem';
import { byMonth, dayZh, expandRanges, rangeZh, toRanges, weekdayZh } from './day-ranges';
import { type ParsedNotice, parseHolidayNotice } from './notice-parser';
import './calendar-admin.css';

type CalendarYear = components['schemas']['CalendarYear'];
type CalendarPreview = components['schemas']['CalendarPreview'];
type CalendarJob = components['schemas']['CalendarJob'];
type CalendarYearInput = components['schemas']['CalendarYearInput'];

/** The form as the administrator fills it: days off as ranges, make-up days one by one. */
interface YearForm {
  source: string;
  offRanges: { name: string; start?: Dayjs; end?: Dayjs }[];
  makeupDays: { name: string; date?: Dayjs }[];
}

const formName = 'calendar-year-form';
const labels: FieldLabels = {
  year: '年份',
  source: '来源',
  offRanges: '放假安排',
  'offRanges.*.name': '放假安排的节日名称',
  'offRanges.*.start': '放假开始日期',
  'offRanges.*.end': '放假结束日期',
  makeupDays: '调休上班日',
  'makeupDays.*.name': '调休上班日的节日名称',
  'makeupDays.*.date': '调休上班日期',
  expectedVersion: '所更正的版本',
};

const iso = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : '');
/** Polling interval of a background job (a preview or a recompute). */
const followEveryMs = 1000;
const beijingYear = () =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

/** The request body of a load or preview, and for each day off the form range it came from. */
function bodyOf(values: YearForm, expectedVersion: number | undefined) {
  const { days, rangeOf } = expandRanges(
    values.offRanges.map((r) => ({
      name: r.name?.trim() ?? '',
      start: iso(r.start),
      end: iso(r.end ?? r.start),
    })),
  );
  const body: CalendarYearInput = {
    source: values.source?.trim() ?? '',
    daysOff: days,
    makeupWorkdays: values.makeupDays.map((d) => ({ name: d.name?.trim() ?? '', date: iso(d.date) })),
    ...(expectedVersion !== undefined ? { expectedVersion } : {}),
  };
  return { body, rangeOf };
}

/**
 * The API names a day by its place in the list it received; the person wrote ranges. Each field
 * error is moved onto the range (or make-up day) the person wrote, so the summary and the inline
 * error point at what they can change.
 */
function onForm(problem: ApiProblem, rangeOf: readonly number[]): ApiProblem {
  const errors = problem.fields.map((f) => {
    const off = /^daysOff\.(\d+)\.(date|name)$/.exec(f.path);
    if (off)
      return {
        ...f,
        path: `offRanges.${rangeOf[Number(off[1])] ?? 0}.${off[2] === 'date' ? 'start' : 'name'}`,
      };
    const makeup = /^makeupWorkdays\.(\d+)\.(date|name)$/.exec(f.path);
    if (makeup) return { ...f, path: `makeupDays.${makeup[1]}.${makeup[2]}` };
    if (f.path === 'daysOff') return { ...f, path: 'offRanges' };
    if (f.path === 'makeupWorkdays') return { ...f, path: 'makeupDays' };
    return f;
  });
  return new ApiProblem({ ...problem.problem, errors });
}

/**
 * Follows a background job until it is done (true) or no longer followed (false): following
 * another job, `stop()` (another year was opened) or leaving the page ends the one before.
 */
function useFollow() {
  const run = useRef(0);
  const stop = useCallback(() => {
    run.current++;
  }, []);
  useEffect(() => stop, [stop]);
  const follow = useCallback(
    async <T extends { status: string }>(load: () => Promise<T>, show: (t: T) => void): Promise<boolean> => {
      const mine = ++run.current;
      for (;;) {
        const current = await load();
        if (mine !== run.current) return false;
        show(current);
        if (current.status === 'done') return true;
        await new Promise((r) => setTimeout(r, followEveryMs));
      }
    },
    [],
  );
  return { follow, stop };
}

function StatusBadge(props: {
  tone: 'official' | 'provisional' | 'running' | 'done';
  children: React.ReactNode;
}) {
  return <span className={`status-badge status-badge-${props.tone}`}>{props.children}</span>;
}

/** The days off and make-up working days in force, month by month, with where they come from. */
function YearInForce(props: { year: number; inForce: CalendarYear | undefined; loading: boolean }) {
  const { inForce } = props;
  if (props.loading || !inForce)
    return (
      <div className="page-loading" role="status">
        <Spin /> <span>正在读取{props.year}年的安排……</span>
      </div>
    );
  if (!inForce.loaded)
    return (
      <div data-testid="calendar-in-force">
        <p>
          <StatusBadge tone="provisional">尚未载入 · 暂定</StatusBadge>
        </p>
        <Alert
          type="warning"
          showIcon
          message={`${props.year}年官方节假日安排尚未载入`}
          description={inForce.messageZh}
        />
      </div>
    );
  const rows = byMonth(inForce.daysOff, inForce.makeupWorkdays);
  return (
    <div data-testid="calendar-in-force">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'status',
            label: '状态',
            children: <StatusBadge tone="official">正式安排（第{inForce.version}版）</StatusBadge>,
          },
          {
            key: 'source',
            label: '来源',
            children: <span data-testid="calendar-source">{inForce.source}</span>,
          },
          {
            key: 'count',
            label: '合计',
            children: `放假${inForce.daysOff.length}天，调休上班${inForce.makeupWorkdays.length}天`,
          },
        ]}
      />
      <Table
        data-testid="calendar-months"
        size="small"
        pagination={false}
        rowKey="month"
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '月份', dataIndex: 'month', width: 80, render: (m: number) => `${m}月` },
          {
            title: '放假',
            key: 'off',
            render: (_, row) =>
              row.daysOff.length
                ? row.daysOff.map((r) => (
                    <div key={r.start}>
                      {rangeZh(r)}（{r.name}）
                    </div>
                  ))
                : '—',
          },
          {
            title: '调休上班',
            key: 'makeup',
            render: (_, row) =>
              row.makeupWorkdays.length
                ? row.makeupWorkdays.map((d) => (
                    <div key={d.date}>
                      {dayZh(d.date)}（{weekdayZh(d.date)}，{d.name}）
                    </div>
                  ))
                : '—',
          },
        ]}
      />
    </div>
  );
}

/** What the parser understood from a pasted notice, for review before anything is used. */
function Understood(props: { parsed: ParsedNotice; year: number; onAdopt: () => void }) {
  const { parsed } = props;
  const wrongYear = parsed.year !== undefined && parsed.year !== props.year;
  return (
    <section data-testid="notice-understood" aria-labelledby="notice-understood-title">
      <Typography.Title level={3} className="section-title" id="notice-understood-title">
        识别结果（请逐项核对）
      </Typography.Title>
      {parsed.source ? <Typography.Paragraph>来源：{parsed.source}</Typography.Paragraph> : null}
      {parsed.problems.length ? (
        <Alert
          data-testid="notice-problems"
          type="warning"
          showIcon
          message={`有${parsed.problems.length}处需要核对`}
          description={
            <ul>
              {parsed.problems.map((p) => (
                <li key={`${p.holiday ?? ''}:${p.messageZh}`}>
                  {p.holiday ? `${p.holiday}：` : ''}
                  {p.messageZh}
                </li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon message="每一项的日期、星期和天数均已核对一致" />
      )}
      <Table
        size="small"
        pagination={false}
        rowKey="name"
        dataSource={[...parsed.holidays]}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '节日', dataIndex: 'name' },
          {
            title: '放假日期',
            key: 'off',
            render: (_, h) =>
              toRanges(h.daysOff.map((date) => ({ date, name: h.name }))).map((r) => (
                <div key={r.start}>{rangeZh(r)}</div>
              )),
          },
          { title: '天数', key: 'days', render: (_, h) => `${h.daysOff.length}天` },
          {
            title: '调休上班',
            key: 'makeup',
            render: (_, h) =>
              h.makeupWorkdays.length
                ? h.makeupWorkdays.map((d) => <div key={d}>{`${dayZh(d)}（${weekdayZh(d)}）`}</div>)
                : '—',
          },
          { title: '通知原文', dataIndex: 'text', className: 'notice-text-cell' },
        ]}
      />
      <Typography.Paragraph>
        合计：放假{parsed.daysOff.length}天，调休上班{parsed.makeupWorkdays.length}
        天。采用后可在表单中逐项修改，尚未发送。
      </Typography.Paragraph>
      {wrongYear ? (
        <Alert
          type="error"
          showIcon
          message={`这是${parsed.year}年的通知，请先将年份改为${parsed.year}年再识别`}
        />
      ) : null}
      <Button
        type="primary"
        onClick={props.onAdopt}
        disabled={wrongYear || parsed.daysOff.length === 0}
        data-testid="notice-adopt"
      >
        采用识别结果，填入表单
      </Button>
    </section>
  );
}

function PreviewResult(props: { preview: CalendarPreview; stale: boolean }) {
  const { preview } = props;
  return (
    <section data-testid="preview-result" aria-labelledby="preview-title" aria-live="polite">
      <Typography.Title level={3} className="section-title" id="preview-title">
        对未结案件的影响（预览，未修改任何案件）
      </Typography.Title>
      <p>
        <StatusBadge tone={preview.status === 'done' ? 'done' : 'running'}>
          <span data-testid="preview-status">{preview.statusZh}</span>
        </StatusBadge>
      </p>
      <Typography.Paragraph data-testid="preview-summary">{preview.progressZh}</Typography.Paragraph>
      {props.stale ? (
        <Alert type="warning" showIcon message="表单已修改，此预览不再对应当前内容，请重新预览后再载入" />
      ) : null}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 4 }}
        items={[
          { key: 'checked', label: '已核对未结案件', children: `${preview.checked}件` },
          { key: 'cases', label: '届满日将改变的案件', children: `${preview.casesAffected}件` },
          { key: 'moved', label: '届满日将改变的期限', children: `${preview.deadlinesMoved}个` },
          {
            key: 'confirmed',
            label: '日期不变、转为正式的期限',
            children: `${preview.deadlinesConfirmed}个`,
          },
        ]}
      />
      {preview.examples.length ? (
        <Table
          data-testid="preview-examples"
          size="small"
          pagination={false}
          rowKey={(e) => `${e.caseId}:${e.key}`}
          dataSource={preview.examples}
          scroll={{ x: 'max-content' }}
          caption={
            preview.deadlinesMoved > preview.examples.length
              ? `举例（共${preview.deadlinesMoved}个，列出前${preview.examples.length}个）`
              : '将改变的期限'
          }
          columns={[
            { title: '案件编号', dataIndex: 'caseNumber' },
            { title: '期限', dataIndex: 'labelZh' },
            { title: '履行主体', dataIndex: 'responsibleZh' },
            {
              title: '原届满日',
              key: 'from',
              render: (_, e) => `${formatDate(e.fromDue)}${e.fromProvisional ? '（暂定）' : ''}`,
            },
            { title: '新届满日', key: 'to', render: (_, e) => formatDate(e.toDue) },
          ]}
        />
      ) : null}
    </section>
  );
}

function LoadJob(props: { job: CalendarJob }) {
  const { job } = props;
  return (
    <section data-testid="load-job" aria-labelledby="load-job-title" aria-live="polite">
      <Typography.Title level={3} className="section-title" id="load-job-title">
        载入后重新计算期限（第{job.calendarVersion}版）
      </Typography.Title>
      <p>
        <StatusBadge tone={job.status === 'done' ? 'done' : 'running'}>
          <span data-testid="job-status">{job.statusZh}</span>
        </StatusBadge>
      </p>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'checked',
            label: '已核对未结案件',
            children: <span data-testid="job-checked">{job.checked}件</span>,
          },
          {
            key: 'affected',
            label: '期限有变化的案件',
            children: <span data-testid="job-affected">{job.affected}件</span>,
          },
          {
            key: 'at',
            label: job.finishedAt ? '完成时间' : '开始时间',
            children: formatDateTime(job.finishedAt ?? job.createdAt),
          },
        ]}
      />
      <Typography.Paragraph data-testid="job-progress">{job.progressZh}</Typography.Paragraph>
    </section>
  );
}

export default function CalendarAdmin() {
  const { api } = usePortal();
  const [form] = Form.useForm<YearForm>();
  const { problem, show, clear } = useProblem(form);
  const { follow, stop } = useFollow();
  const [yearInput, setYearInput] = useState<number | null>(() => beijingYear() + 1);
  const [year, setYear] = useState(() => beijingYear() + 1);
  const [inForce, setInForce] = useState<CalendarYear>();
  const [loadingYear, setLoadingYear] = useState(true);
  const [noticeText, setNoticeText] = useState('');
  const [parsed, setParsed] = useState<ParsedNotice>();
  const [tab, setTab] = useState('notice');
  const [preview, setPreview] = useState<CalendarPreview>();
  const [previewedBody, setPreviewedBody] = useState<string>();
  const [job, setJob] = useState<CalendarJob>();
  const [busy, setBusy] = useState<'preview' | 'load'>();
  const values = Form.useWatch([], form);

  const expectedVersion = inForce?.loaded ? inForce.version : undefined;
  const readYear = useCallback(
    async (y: number) => {
      setLoadingYear(true);
      try {
        const found = await ok(api.GET('/v1/calendar/{year}', { params: { path: { year: String(y) } } }));
        setInForce(found);
        return found;
      } finally {
        setLoadingYear(false);
      }
    },
    [api],
  );

  /** Shows a year: what is in force, and the form prefilled with it (a correction) or empty (a first load). */
  const open = useCallback(
    async (y: number) => {
      stop();
      setYear(y);
      setParsed(undefined);
      setPreview(undefined);
      setPreviewedBody(undefined);
      setJob(undefined);
      clear();
      try {
        const found = await readYear(y);
        form.setFieldsValue(
          found.loaded
            ? {
                source: found.source,
                offRanges: toRanges(found.daysOff).map((r) => ({
                  name: r.name,
                  start: dayjs(r.start),
                  end: dayjs(r.end),
                })),
                makeupDays: found.makeupWorkdays.map((d) => ({ name: d.name, date: dayjs(d.date) })),
              }
            : { source: '', offRanges: [], makeupDays: [] },
        );
        setTab(found.loaded ? 'form' : 'notice');
      } catch (err) {
        show(err);
      }
    },
    [readYear, form, clear, show, stop],
  );

  useEffect(() => {
    void open(beijingYear() + 1);
  }, [open]);

  const currentBody = useMemo(
    () => (values ? JSON.stringify(bodyOf(values as YearForm, expectedVersion).body) : undefined),
    [values, expectedVersion],
  );

  const parseNotice = () => {
    setParsed(parseHolidayNotice(noticeText, year));
  };

  const adopt = () => {
    if (!parsed) return;
    form.setFieldsValue({
      source: parsed.source ?? '',
      offRanges: toRanges(parsed.daysOff).map((r) => ({
        name: r.name,
        start: dayjs(r.start),
        end: dayjs(r.end),
      })),
      makeupDays: parsed.makeupWorkdays.map((d) => ({ name: d.name, date: dayjs(d.date) })),
    });
    setTab('form');
  };

  /** Validates the form and builds the body, or shows what is missing. */
  const validBody = async () => {
    clear();
    try {
      await form.validateFields();
    } catch {
      // Show the form, where each missing field is marked.
      setTab('form');
      return undefined;
    }
    return bodyOf(form.getFieldsValue(true) as YearForm, expectedVersion);
  };

  const runPreview = async () => {
    const built = await validBody();
    if (!built) return;
    setBusy('preview');
    setPreview(undefined);
    setJob(undefined);
    try {
      const path = { year: String(year) };
      const started = await ok(
        api.POST('/v1/calendar/{year}/previews', { params: { path }, body: built.body }),
      );
      setPreviewedBody(JSON.stringify(built.body));
      setPreview(started.preview);
      await follow(
        () =>
          ok(
            api.GET('/v1/calendar/{year}/previews/{preview}', {
              params: { path: { ...path, preview: started.preview.previewId } },
            }),
          ),
        setPreview,
      );
    } catch (err) {
      show(err instanceof ApiProblem ? onForm(err, built.rangeOf) : err);
    } finally {
      setBusy(undefined);
    }
  };

  const confirmLoad = async () => {
    const built = await validBody();
    if (!built) return;
    setBusy('load');
    try {
      const path = { year: String(year) };
      const loaded = await ok(api.PUT('/v1/calendar/{year}', { params: { path }, body: built.body }));
      setJob(loaded.job);
      const done = await follow(
        () =>
          ok(
            api.GET('/v1/calendar/{year}/jobs/{job}', {
              params: { path: { ...path, job: loaded.job.jobId } },
            }),
          ),
        setJob,
      );
      // The year in force now shows the new version (unless another year was opened meanwhile).
      if (done) await readYear(year);
    } catch (err) {
      show(err instanceof ApiProblem ? onForm(err, built.rangeOf) : err);
    } finally {
      setBusy(undefined);
    }
  };

  const previewDone = preview?.status === 'done';
  const previewStale = previewDone && previewedBody !== currentBody;
  const canLoad = previewDone && !previewStale && !job && busy === undefined;

  return (
    <section className="calendar-admin">
      <Typography.Title level={1}>节假日安排</Typography.Title>
      <Typography.Paragraph>
        法定期限按国务院办公厅每年发布的节假日安排计算。在此查看某年施行中的放假和调休上班日期；载入或更正前可先预览对未结案件期限的影响，确认后系统在后台重新计算，并在各案件中记录、通知当事人。
      </Typography.Paragraph>

      <Card className="calendar-card">
        <form
          className="year-picker"
          onSubmit={(e) => {
            e.preventDefault();
            if (yearInput) void open(yearInput);
          }}
        >
          <label htmlFor="calendar-year">年份</label>
          <InputNumber
            id="calendar-year"
            data-testid="calendar-year"
            min={2000}
            max={2100}
            precision={0}
            value={yearInput}
            onChange={setYearInput}
            addonAfter="年"
          />
          <Button htmlType="submit" data-testid="calendar-show" disabled={!yearInput}>
            查看
          </Button>
        </form>
      </Card>

      <Card className="calendar-card" title={<h2 className="card-title">{year}年施行中的安排</h2>}>
        <YearInForce year={year} inForce={inForce} loading={loadingYear} />
      </Card>

      <Card
        className="calendar-card"
        title={
          <h2 className="card-title">
            {expectedVersion !== undefined
              ? `更正${year}年安排（现为第${expectedVersion}版）`
              : `载入${year}年安排`}
          </h2>
        }
      >
        <ErrorSummary problem={problem} labels={labels} formName={formName} />
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'notice',
              label: '粘贴通知原文',
              children: (
                <Space direction="vertical" size="middle" className="full-width">
                  <div>
                    <label htmlFor="notice-text" className="field-label">
                      通知原文
                    </label>
                    <Typography.Paragraph id="notice-text-help" type="secondary">
                      粘贴《国务院办公厅关于{year}
                      年部分节假日安排的通知》全文或其中各项，例如“一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。1月4日（周一）上班。”识别结果需核对后才会填入表单，不会直接发送。
                    </Typography.Paragraph>
                    <Input.TextArea
                      id="notice-text"
                      data-testid="notice-text"
                      aria-describedby="notice-text-help"
                      rows={8}
                      value={noticeText}
                      onChange={(e) => setNoticeText(e.target.value)}
                    />
                  </div>
                  <Button onClick={parseNotice} disabled={!noticeText.trim()} data-testid="notice-parse">
                    识别通知
                  </Button>
                  {parsed ? <Understood parsed={parsed} year={year} onAdopt={adopt} /> : null}
                </Space>
              ),
            },
            {
              key: 'form',
              label: '逐项填写或更正',
              forceRender: true,
              children: (
                <Form
                  form={form}
                  name={formName}
                  layout="vertical"
                  scrollToFirstError
                  initialValues={{ source: '', offRanges: [], makeupDays: [] }}
                >
                  <Form.Item
                    name="source"
                    label="来源"
                    rules={[required('来源（如国务院办公厅通知及文号）')]}
                    extra="例如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕×号）"
                  >
                    <Input data-testid="calendar-source-input" maxLength={200} />
                  </Form.Item>
                  <Typography.Title level={3} className="section-title">
                    放假安排
                  </Typography.Title>
                  <Form.List name="offRanges">
                    {(fields, { add, remove }) => (
                      <>
                        {fields.map((field, index) => (
                          <fieldset key={field.key} className="day-row" data-testid={`off-range-${index}`}>
                            <legend>第{index + 1}项放假安排</legend>
                            <Form.Item
                              name={[field.name, 'name']}
                              label="节日名称"
                              rules={[required('节日名称')]}
                            >
                              <Input maxLength={50} />
                            </Form.Item>
                            <Form.Item
                              name={[field.name, 'start']}
                              label="开始日期"
                              rules={[choose('开始日期')]}
                            >
                              <DatePicker format="YYYY-MM-DD" />
                            </Form.Item>
                            <Form.Item
                              name={[field.name, 'end']}
                              label="结束日期"
                              rules={[choose('结束日期')]}
                            >
                              <DatePicker format="YYYY-MM-DD" />
                            </Form.Item>
                            <Button
                              onClick={() => remove(field.name)}
                              aria-label={`删除第${index + 1}项放假安排`}
                            >
                              删除
                            </Button>
                          </fieldset>
                        ))}
                        <Button onClick={() => add({ name: '' })} data-testid="add-off-range">
                          添加放假安排
                        </Button>
                      </>
                    )}
                  </Form.List>
                  <Typography.Title level={3} className="section-title">
                    调休上班日
                  </Typography.Title>
                  <Form.List name="makeupDays">
                    {(fields, { add, remove }) => (
                      <>
                        {fields.map((field, index) => (
                          <fieldset key={field.key} className="day-row" data-testid={`makeup-day-${index}`}>
                            <legend>第{index + 1}个调休上班日</legend>
                            <Form.Item
                              name={[field.name, 'name']}
                              label="节日名称"
                              rules={[required('节日名称')]}
                            >
                              <Input maxLength={50} />
                            </Form.Item>
                            <Form.Item name={[field.name, 'date']} label="日期" rules={[choose('日期')]}>
                              <DatePicker format="YYYY-MM-DD" />
                            </Form.Item>
                            <Button
                              onClick={() => remove(field.name)}
                              aria-label={`删除第${index + 1}个调休上班日`}
                            >
                              删除
                            </Button>
                          </fieldset>
                        ))}
                        <Button onClick={() => add({ name: '' })} data-testid="add-makeup-day">
                          添加调休上班日
                        </Button>
                      </>
                    )}
                  </Form.List>
                </Form>
              ),
            },
          ]}
        />
        <Space wrap className="calendar-actions">
          <Button
            onClick={runPreview}
            loading={busy === 'preview'}
            disabled={busy === 'load'}
            data-testid="calendar-preview"
          >
            预览影响
          </Button>
          <Button
            type="primary"
            onClick={confirmLoad}
            loading={busy === 'load'}
            disabled={!canLoad}
            data-testid="calendar-confirm"
          >
            确认载入
          </Button>
          {!previewDone ? <span className="hint">须先预览影响，预览完成后方可确认载入。</span> : null}
        </Space>
        {preview ? <PreviewResult preview={preview} stale={Boolean(previewStale) && !job} /> : null}
        {job ? <LoadJob job={job} /> : null}
      </Card>
    </section>
  );
}
