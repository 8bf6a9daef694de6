import type { Dayjs } from 'dayjs';
import type { components } from '../../api/client';
import { isoDay, optional } from '../actions/fields';

/** The application as the API takes it (POST /v1/cases and /v1/cases/timeliness). */
export type Filing = components['schemas']['Filing'];
export type TimelinessPreview = components['schemas']['TimelinessPreview'];
export type ApplicantType = Filing['applicant']['type'];
export type AgentKind = NonNullable<Filing['agent']>['kind'];

/**
 * What the form holds while the person types: the same paths as the API (so its field errors
 * land on the right control), dates as the date picker's values, and the form's own switches
 * (an agent or not, the late-filing confirmation) that are not sent.
 */
export interface ApplicationValues {
  applicant: {
    type: ApplicantType;
    name?: string;
    residentId?: string;
    uscc?: string;
    legalRepresentative?: string;
    phone?: string;
    address?: string;
  };
  hasAgent?: boolean;
  agent?: { name?: string; phone?: string; kind?: AgentKind };
  respondentAgencyId?: string;
  act: {
    title?: string;
    documentNumber?: string;
    madeOn?: Dayjs | null;
    learnedOn?: Dayjs | null;
    rightsNotified?: boolean;
    rightsLearnedOn?: Dayjs | null;
    onTheSpot?: boolean;
    kind?: Filing['act']['kind'];
    amountYuan?: number | null;
    realProperty?: boolean;
  };
  requests?: string;
  factsAndReasons?: string;
  hearingRequested?: boolean;
  delayReason?: string;
  confirmLate?: boolean;
  /** An earlier application on the same act was withdrawn with approval (Art. 74(2)). */
  hasPriorWithdrawal?: boolean;
  priorWithdrawal?: { caseNumber?: string; notGenuineZh?: string };
}

const text = (v: string | undefined): string => v ?? '';
const day = (d: Dayjs | null | undefined): string => (d ? isoDay(d) : '');

/**
 * The application the form describes. Fields left empty are sent empty, so the API answers
 * "请填写…" for each (the form checks them first anyway); the other type's fields, a switched-off
 * agent and a delay reason for an application that is not late are left out.
 */
export function toFiling(v: ApplicationValues, options: { readonly late: boolean }): Filing {
  const a = v.applicant;
  const applicant: Filing['applicant'] =
    a.type === 'organisation'
      ? {
          type: 'organisation',
          name: text(a.name),
          uscc: text(a.uscc),
          legalRepresentative: text(a.legalRepresentative),
          phone: text(a.phone),
          address: text(a.address),
        }
      : {
          type: 'person',
          name: text(a.name),
          residentId: text(a.residentId),
          phone: text(a.phone),
          address: text(a.address),
        };
  const act = v.act;
  return {
    applicant,
    ...(v.hasAgent
      ? {
          agent: {
            name: text(v.agent?.name),
            phone: text(v.agent?.phone),
            kind: v.agent?.kind as AgentKind,
            // A special authority is registered on the case (登记或更换代理人) with its powers.
            scope: 'general',
          },
        }
      : {}),
    respondentAgencyId: text(v.respondentAgencyId),
    act: {
      title: text(act.title),
      ...optional('documentNumber', act.documentNumber),
      madeOn: day(act.madeOn),
      learnedOn: day(act.learnedOn),
      rightsNotified: act.rightsNotified as boolean,
      ...(act.rightsNotified === false && act.rightsLearnedOn
        ? { rightsLearnedOn: day(act.rightsLearnedOn) }
        : {}),
      onTheSpot: act.onTheSpot as boolean,
      kind: act.kind as Filing['act']['kind'],
      ...(typeof act.amountYuan === 'number' ? { amountYuan: act.amountYuan } : {}),
      realProperty: act.realProperty === true,
    },
    requests: text(v.requests),
    factsAndReasons: text(v.factsAndReasons),
    hearingRequested: v.hearingRequested === true,
    ...(options.late ? optional('delayReason', v.delayReason) : {}),
    ...(v.hasPriorWithdrawal
      ? {
          priorWithdrawal: {
            caseNumber: text(v.priorWithdrawal?.caseNumber),
            notGenuineZh: text(v.priorWithdrawal?.notGenuineZh),
          },
        }
      : {}),
  };
}

/** What the timeliness check depends on: the application without the delay reason. */
export const previewKey = (filing: Filing): string => {
  const { delayReason: _reason, ...rest } = filing;
  return JSON.stringify(rest);
};

/** A fresh Idempotency-Key (random, works outside secure contexts too). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `filing-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
