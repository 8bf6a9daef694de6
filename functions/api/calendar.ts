import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import type { routeGroups } from '../../infra/routes';
import { unloadedYearZh } from '../../shared/calendar/explain';
import { calendarYearSchema } from '../../shared/calendar/year-schema';
import {
  actorFrom,
  apiHandler,
  fail,
  parseJsonBody,
  parseWith,
  type RequestSchemas,
} from '../../shared/http/api';
import { json } from '../../shared/http/problem';
import { type Runtime, runtime } from '../../shared/runtime';
import { calendarYearInForce, loadCalendarYear } from '../../shared/services/calendar-admin';
import { startCalendarPreview } from '../../shared/services/calendar-preview';
import type { CalendarJob, CalendarPreview } from '../../shared/store/case-store';
import { openShards } from '../../shared/store/table-schema';
import { dateField } from '../../shared/validation/dates';
import { notAnObject, requiredText } from '../../shared/validation/text';

const yearParam = z.pipe(
  z.pipe(
    z.string({ error: '请提供年份' }).check(z.regex(/^\d{4}$/, { message: '年份应为四位数字，例如 2027' })),
    z.transform(Number),
  ),
  z
    .number()
    .check(
      z.minimum(2000, { message: '年份应在2000年至2100年之间' }),
      z.maximum(2100, { message: '年份应在2000年至2100年之间' }),
    ),
);
const jobParam = z.uuid({ message: '任务编号格式不正确' });
const previewParam = z.uuid({ message: '预览编号格式不正确' });

/** A year has at most 366 days; a list longer than that is not a holiday notice. */
const MAX_DAYS = 366;
const namedDay = z.strictObject(
  {
    date: dateField('日期', { min: '2000-01-01', max: '2100-12-31' }),
    name: requiredText('节假日名称', { max: 50 }),
  },
  { error: notAnObject('每一天应为对象，例如 {"date":"2027-01-01","name":"元旦"}') },
);
const dayList = (labelZh: string) =>
  z
    .array(namedDay, { error: `请提供${labelZh}列表` })
    .check(z.maxLength(MAX_DAYS, { message: `${labelZh}不得超过${MAX_DAYS}天` }));
const putBody = z.strictObject(
  {
    source: requiredText('来源（如国务院办公厅通知文号）', { max: 200 }),
    daysOff: dayList('放假日期'),
    makeupWorkdays: dayList('调休上班日期'),
    /** The version the administrator corrected; omit when loading a year for the first time. */
    expectedVersion: z.optional(
      z
        .number({ error: 'expectedVersion 应为版本号（整数）' })
        .check(
          z.int({ message: 'expectedVersion 应为整数' }),
          z.minimum(1, { message: 'expectedVersion 应为正整数' }),
        ),
    ),
  },
  { error: notAnObject('请求体应为 JSON 对象，包含 source、daysOff 和 makeupWorkdays') },
);

/** What each route reads, part by part (the handler below parses exactly these). */
export const requests: Record<(typeof routeGroups)['calendar']['routes'][number]['key'], RequestSchemas> = {
  'GET /v1/calendar/{year}': { path: { year: yearParam } },
  'PUT /v1/calendar/{year}': { path: { year: yearParam }, body: () => [putBody] },
  'GET /v1/calendar/{year}/jobs/{job}': { path: { year: yearParam, job: jobParam } },
  // A preview takes exactly what the load would take, so what was previewed is what is loaded.
  'POST /v1/calendar/{year}/previews': { path: { year: yearParam }, body: () => [putBody] },
  'GET /v1/calendar/{year}/previews/{preview}': { path: { year: yearParam, preview: previewParam } },
};

const statusZh = { queued: '排队中', running: '计算中', done: '已完成' } as const;

function presentJob(job: CalendarJob) {
  return {
    ...job,
    statusZh: statusZh[job.status],
    shardsTotal: openShards,
    progressZh:
      job.status === 'done'
        ? `已核对${job.checked}件未结案件，其中${job.affected}件期限有变化，已在各案件中记录并通知当事人`
        : `已核对${job.checked}件未结案件（${job.shard}/${openShards}），其中${job.affected}件期限有变化`,
  };
}

function presentPreview(p: CalendarPreview) {
  const { proposal: _proposal, step: _step, ...shown } = p;
  const found = `${p.casesAffected}件案件的${p.deadlinesMoved}个期限届满日将改变`;
  const confirmed = p.deadlinesConfirmed ? `，${p.deadlinesConfirmed}个暂定期限的日期不变、将转为正式` : '';
  return {
    ...shown,
    statusZh: statusZh[p.status],
    shardsTotal: openShards,
    progressZh:
      p.status === 'done'
        ? `已核对${p.checked}件未结案件：${found}${confirmed}。预览未修改任何案件。`
        : `已核对${p.checked}件未结案件（${p.shard}/${openShards}），目前${found}${confirmed}`,
  };
}

/**
 * The year a load or a preview proposes, checked as the load checks it: an administrator only,
 * the version corrected is the one stored, and the days lie in the year.
 */
async function proposedYear(rt: Runtime, event: APIGatewayProxyEventV2, year: number, forbiddenZh: string) {
  if (actorFrom(event).role !== 'admin') fail({ code: 'auth.forbidden', messageZh: forbiddenZh });
  const body = parseJsonBody(event, putBody);
  const current = await calendarYearInForce(rt, year);
  const stored = (await rt.store.listCalendarYears()).find((y) => y.year === year);
  if (stored && body.expectedVersion !== stored.version)
    fail({
      code: 'case.versionStale',
      messageZh: `${year}年节假日安排当前为第${stored.version}版，请基于最新版本更正（expectedVersion）`,
      fields: [{ path: 'expectedVersion', messageZh: `应为 ${stored.version}` }],
    });
  const next = parseWith(calendarYearSchema, {
    year,
    version: (current?.version ?? 0) + 1,
    source: body.source,
    daysOff: body.daysOff,
    makeupWorkdays: body.makeupWorkdays,
  });
  return { next, storedVersion: stored?.version };
}

export const handler = apiHandler(async (event) => {
  const rt = await runtime();
  const actor = actorFrom(event);
  const year = parseWith(yearParam, event.pathParameters?.year, 'year');
  switch (event.routeKey) {
    case 'GET /v1/calendar/{year}': {
      const inForce = await calendarYearInForce(rt, year);
      if (!inForce)
        return json(200, {
          year,
          loaded: false,
          messageZh: unloadedYearZh(year),
        });
      return json(200, { ...inForce, loaded: true });
    }
    case 'PUT /v1/calendar/{year}': {
      const { next, storedVersion } = await proposedYear(
        rt,
        event,
        year,
        '只有系统管理员可以载入或更正节假日安排',
      );
      const job = await loadCalendarYear(rt, next, storedVersion);
      const href = `/v1/calendar/${year}/jobs/${job.jobId}`;
      return json(
        202,
        {
          year: next,
          job: presentJob(job),
          messageZh: `${year}年节假日安排已保存（第${next.version}版）。涉及该年的未结案件期限正在后台重新计算，可在 ${href} 查看进度。`,
        },
        { location: href },
      );
    }
    case 'GET /v1/calendar/{year}/jobs/{job}': {
      if (actor.role !== 'admin')
        fail({ code: 'auth.forbidden', messageZh: '只有系统管理员可以查看重新计算进度' });
      const jobId = parseWith(jobParam, event.pathParameters?.job, 'job');
      const job = await rt.store.getCalendarJob(jobId);
      if (!job || job.year !== year)
        return fail({ code: 'case.notFound', messageZh: '没有这个重新计算任务' });
      return json(200, presentJob(job));
    }
    case 'POST /v1/calendar/{year}/previews': {
      const { next, storedVersion } = await proposedYear(
        rt,
        event,
        year,
        '只有系统管理员可以预览节假日安排的影响',
      );
      const preview = await startCalendarPreview(rt, next, storedVersion);
      const href = `/v1/calendar/${year}/previews/${preview.previewId}`;
      return json(
        202,
        {
          preview: presentPreview(preview),
          messageZh: `正在后台核对涉及${year}年的未结案件，预览不修改任何案件，可在 ${href} 查看结果。`,
        },
        { location: href },
      );
    }
    case 'GET /v1/calendar/{year}/previews/{preview}': {
      if (actor.role !== 'admin')
        fail({ code: 'auth.forbidden', messageZh: '只有系统管理员可以查看节假日安排的影响预览' });
      const previewId = parseWith(previewParam, event.pathParameters?.preview, 'preview');
      const preview = await rt.store.getCalendarPreview(previewId);
      if (!preview || preview.year !== year)
        return fail({ code: 'case.notFound', messageZh: '没有这个预览' });
      return json(200, presentPreview(preview));
    }
    default:
      return fail({ code: 'action.unknown', messageZh: `未知的接口：${event.routeKey}` });
  }
});
