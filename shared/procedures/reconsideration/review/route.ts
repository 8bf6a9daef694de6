import * as z from 'zod/mini';
import { formatDateZh } from '../../../calendar/explain';
import { shanghaiDate } from '../../../calendar/time';
import type { IsoDate } from '../../../calendar/types';
import { bodyAudience } from '../../../domain/audiences';
import type { Deadline } from '../../../domain/case';
import { computeDeadline } from '../../../domain/deadlines';
import { refuse } from '../../../domain/refusals';
import { requiredText } from '../../../validation/text';
import { expectedVersion, recordedDate, storedDate } from '../command-fields';
import { definePart, events } from './part';

/**
 * The route of a case under review: hearing the parties' opinions (Art. 49), the complexity
 * that makes a hearing and the committee's opinion mandatory (Arts. 50, 52), and the conversion
 * of a simplified case to the ordinary procedure (Art. 55), which recomputes every open deadline.
 */

export const opinionModesZh = { inPerson: '当面听取', online: '网络视频', phone: '电话' } as const;
const opinionModes = Object.keys(opinionModesZh) as [keyof typeof opinionModesZh];
export const heardPartiesZh = { applicant: '申请人', respondent: '被申请人', thirdParty: '第三人' } as const;
const heardParties = Object.keys(heardPartiesZh) as [keyof typeof heardPartiesZh];

const isoDate = storedDate;
const deadlineChange = z.object({ key: z.string(), fromDue: isoDate, toDue: isoDate });

/** How the case was judged: the flags that make a hearing and the committee's opinion mandatory. */
export interface Complexity {
  /** 重大、疑难、复杂 (Arts. 50(1), 52(2)(1)). */
  readonly majorDifficultComplex: boolean;
  /** 专业性、技术性较强 (Art. 52(2)(2)). */
  readonly highlyTechnical: boolean;
  readonly reasonZh: string;
  readonly on: IsoDate;
}

export interface OpinionsHeard {
  readonly mode: keyof typeof opinionModesZh;
  readonly heardOn: IsoDate;
  readonly parties: readonly (keyof typeof heardPartiesZh)[];
  readonly summaryZh: string;
}

export const routePart = definePart(
  [
    z.strictObject({
      action: z.literal('recordOpinions'),
      expectedVersion,
      mode: z.enum(opinionModes, { error: '请选择听取意见的方式（当面、网络视频或电话）' }),
      heardOn: recordedDate('听取意见日期'),
      parties: z
        .array(z.enum(heardParties, { error: '当事人类型无效' }), { error: '请选择听取了哪些当事人的意见' })
        .check(
          z.minLength(1, { message: '请至少选择一方当事人' }),
          z.refine((p) => new Set(p).size === p.length, { message: '当事人有重复' }),
        ),
      summaryZh: requiredText('意见摘要', { max: 10000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('markComplexity'),
      expectedVersion,
      majorDifficultComplex: z.boolean({ error: '请选择本案是否重大、疑难、复杂' }),
      highlyTechnical: z.boolean({ error: '请选择本案是否专业性、技术性较强' }),
      reasonZh: requiredText('认定理由', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('convertToOrdinary'),
      expectedVersion,
      reasonZh: requiredText('转为普通程序的理由', { max: 2000, multiline: true }),
    }),
  ],
  {
    opinionsHeard: z.object({
      mode: z.enum(opinionModes),
      heardOn: isoDate,
      parties: z.readonly(z.array(z.enum(heardParties))),
      summaryZh: z.string(),
    }),
    complexityAssessed: z.object({
      majorDifficultComplex: z.boolean(),
      highlyTechnical: z.boolean(),
      reasonZh: z.string(),
    }),
    convertedToOrdinary: z.object({
      reasonZh: z.string(),
      changes: z.readonly(z.array(deadlineChange)),
    }),
  },
  {
    decide: {
      recordOpinions(state, command, { base, today }) {
        if (command.heardOn < (state.acceptedOn ?? today) || command.heardOn > today)
          return refuse('review.dateInvalid', '听取意见日期应在受理之日与今天之间', [
            {
              path: 'heardOn',
              messageZh: `应在${formatDateZh(state.acceptedOn ?? today)}至${formatDateZh(today)}之间`,
            },
          ]);
        const { action: _a, expectedVersion: _v, ...data } = command;
        return events({ ...base, type: 'opinionsHeard', data });
      },
      markComplexity(_state, command, { base }) {
        const { action: _a, expectedVersion: _v, ...data } = command;
        return events({ ...base, type: 'complexityAssessed', data });
      },
      convertToOrdinary(state, command, { base, calendar, module }) {
        if (state.track !== 'simplified') return refuse('route.notSimplified', '本案适用普通程序，无需转换');
        // Art. 55: every open deadline that depends on the procedure is counted again, from the
        // same start, by the ordinary procedure's rule (pauses and extensions kept).
        const recomputed: Deadline[] = Object.values(state.deadlines)
          .filter((d) => d.status === 'open' && typeof module.definition.deadlines[d.key]?.rule === 'object')
          .map((d) => ({
            ...computeDeadline(module, d.key, d.startDate, { calendar, variant: 'ordinary' }),
            ...(d.warned ? { warned: d.warned } : {}),
          }));
        return events({
          ...base,
          type: 'convertedToOrdinary',
          deadlines: { recomputed },
          data: {
            reasonZh: command.reasonZh,
            changes: recomputed.map((d) => ({
              key: d.key,
              fromDue: state.deadlines[d.key]?.dueDate ?? d.dueDate,
              toDue: d.dueDate,
            })),
          },
        });
      },
    },
    evolve: {
      opinionsHeard: (state, data) => ({ ...state, opinionsHeard: [...(state.opinionsHeard ?? []), data] }),
      complexityAssessed: (state, data, event) => ({
        ...state,
        complexity: { ...data, on: shanghaiDate(new Date(event.at)) },
      }),
      convertedToOrdinary: (state) => ({ ...state, track: 'ordinary' }),
    },
    eventLabelsZh: {
      opinionsHeard: '听取当事人意见（《行政复议法》第四十九条）',
      complexityAssessed: '认定案件复杂程度',
      convertedToOrdinary: '简易程序转为普通程序（《行政复议法》第五十五条）',
    },
    notices: {
      convertedToOrdinary: (state, data) => [
        {
          recipient: state.applicantUserId,
          kind: 'convertedToOrdinary',
          subjectZh: `本案转为普通程序审理（${state.caseNumber}）`,
          bodyZh: `经复议机构负责人批准，本案转为普通程序审理（《行政复议法》第五十五条）。${data.changes
            .map(
              (c) =>
                `${deadlineLabel(state.deadlines[c.key])}由${formatDateZh(c.fromDue)}调整为${formatDateZh(c.toDue)}`,
            )
            .join('；')}。`,
        },
        ...(state.parties.some((p) => p.role === 'respondent')
          ? [
              {
                recipient: `agency:${state.application.respondentAgencyId}`,
                kind: 'convertedToOrdinary',
                subjectZh: `行政复议案件转为普通程序审理（${state.caseNumber}）`,
                bodyZh: `本案转为普通程序审理，${data.changes.map((c) => `${deadlineLabel(state.deadlines[c.key])}至${formatDateZh(c.toDue)}`).join('；')}。`,
              },
            ]
          : []),
        {
          recipient: bodyAudience(state.bodyId),
          kind: 'convertedToOrdinary',
          subjectZh: `本案已转为普通程序（${state.caseNumber}）`,
          bodyZh: `理由：${data.reasonZh}`,
        },
      ],
    },
    available: {
      convertToOrdinary: (state) => state.track === 'simplified',
    },
    present: (_viewer, state) => ({
      complexity: state.complexity,
      opinionsHeard: state.opinionsHeard ?? [],
    }),
    vocabulary: { opinionModesZh, heardPartiesZh },
  },
);

const deadlineLabel = (d: Deadline | undefined) => d?.labelZh ?? '期限';
