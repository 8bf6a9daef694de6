import * as z from 'zod';
import { unloadedYearZh } from '../../shared/calendar/explain';
import { calendarYearSchema } from '../../shared/calendar/year-schema';
import { actorFrom, apiHandler, fail, parseJsonBody, parseWith } from '../../shared/http/api';
import { json } from '../../shared/http/problem';
import { runtime } from '../../shared/runtime';
import { calendarYearInForce, loadCalendarYear } from '../../shared/services/calendar-admin';
import type { CalendarJob } from '../../shared/store/case-store';
import { openShards } from '../../shared/store/table-schema';

const yearParam = z.coerce
  .number({ error: '年份应为数字' })
  .int({ message: '年份应为整数' })
  .min(2000, { message: '年份应在2000年至2100年之间' })
  .max(2100, { message: '年份应在2000年至2100年之间' });

const namedDay = z.object({ date: z.string(), name: z.string() });
const putBody = z.object({
  source: z
    .string({ error: '请注明来源（如国务院办公厅通知文号）' })
    .trim()
    .min(1, { message: '请注明来源' }),
  daysOff: z.array(namedDay, { error: '请提供放假日期列表 daysOff' }),
  makeupWorkdays: z.array(namedDay, { error: '请提供调休上班日期列表 makeupWorkdays' }),
  /** The version the administrator corrected; omit when loading a year for the first time. */
  expectedVersion: z.number().int().min(1).optional(),
});

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
      if (actor.role !== 'admin')
        fail({ code: 'auth.forbidden', messageZh: '只有系统管理员可以载入或更正节假日安排' });
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
      const job = await loadCalendarYear(rt, next, stored?.version);
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
      const jobId = parseWith(z.uuid({ message: '任务编号格式不正确' }), event.pathParameters?.job, 'job');
      const job = await rt.store.getCalendarJob(jobId);
      if (!job || job.year !== year)
        return fail({ code: 'case.notFound', messageZh: '没有这个重新计算任务' });
      return json(200, presentJob(job));
    }
    default:
      return fail({ code: 'action.unknown', messageZh: `未知的接口：${event.routeKey}` });
  }
});
