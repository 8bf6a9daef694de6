import * as z from 'zod/mini';
import { isIsoDate, yearOf } from './time';

const namedDaySchema = z.object({
  date: z.string({ error: '日期须为字符串' }),
  name: z
    .string({ error: '节假日名称须为字符串' })
    .check(z.trim(), z.minLength(1, { error: '节假日名称不能为空' })),
});

/**
 * Validates one uploaded year of the official calendar (e.g. transcribed from a new State
 * Council notice). Messages are in Chinese for the administrator who uploads it.
 */
export const calendarYearSchema = z
  .object({
    year: z
      .number({ error: '年份须为数字' })
      .check(
        z.int({ error: '年份须为整数' }),
        z.minimum(2000, { error: '年份须在2000年至2100年之间' }),
        z.maximum(2100, { error: '年份须在2000年至2100年之间' }),
      ),
    version: z
      .number({ error: '版本号须为数字' })
      .check(z.int({ error: '版本号须为整数' }), z.minimum(1, { error: '版本号须为正整数' })),
    source: z
      .string({ error: '来源须为字符串' })
      .check(z.trim(), z.minLength(1, { error: '须注明数据来源（如通知文号）' })),
    daysOff: z.array(namedDaySchema, { error: '放假日期须为列表' }),
    makeupWorkdays: z.array(namedDaySchema, { error: '调休上班日期须为列表' }),
  })
  .check(
    z.superRefine((y, ctx) => {
      // Dates are checked against the year only when the year itself is acceptable.
      const yearOk = Number.isInteger(y.year) && y.year >= 2000 && y.year <= 2100;
      const lists = [
        ['daysOff', '放假日期'],
        ['makeupWorkdays', '调休上班日期'],
      ] as const;
      const seen = new Map<string, string>();
      for (const [key, label] of lists) {
        y[key].forEach((d, i) => {
          const path = [key, i, 'date'];
          if (!isIsoDate(d.date)) {
            ctx.addIssue({
              code: 'custom',
              path,
              message: `${label}“${d.date}”不是有效日期（格式应为YYYY-MM-DD）`,
            });
            return;
          }
          if (!yearOk) return;
          if (yearOf(d.date) !== y.year) {
            ctx.addIssue({ code: 'custom', path, message: `${label}“${d.date}”不在${y.year}年内` });
            return;
          }
          const prev = seen.get(d.date);
          if (prev === key) {
            ctx.addIssue({ code: 'custom', path, message: `${label}“${d.date}”重复` });
          } else if (prev !== undefined) {
            ctx.addIssue({ code: 'custom', path, message: `${d.date}不能既是放假日又是调休上班日` });
          }
          seen.set(d.date, key);
        });
      }
    }),
  );

export type CalendarYearInput = z.input<typeof calendarYearSchema>;
