import { z } from 'zod';
import { calendarYearSchema } from '../../shared/calendar/seed';
import { actorFrom, apiHandler, fail, parseJsonBody, parseWith } from '../../shared/http/api';
import { json } from '../../shared/http/problem';
import { runtime } from '../../shared/runtime';
import { calendarYearInForce, loadCalendarYear } from '../../shared/services/calendar-admin';

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
          messageZh: `${year}年官方节假日安排尚未载入，涉及该年的期限暂按周末计算并标注为暂定`,
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
      const result = await loadCalendarYear(rt, next, stored?.version);
      return json(200, { year: result.year, affectedCases: result.affectedCases });
    }
    default:
      return fail({ code: 'action.unknown', messageZh: `未知的接口：${event.routeKey}` });
  }
});
