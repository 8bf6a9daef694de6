import dayjs from 'dayjs';
import type { Profile } from '../../auth/session';
import type { ApplicationValues } from './values';

const beijingDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' });

/** Today by the local runtime's demo clock (which the administrator may have moved), in Beijing. */
async function demoToday(): Promise<dayjs.Dayjs> {
  const res = await fetch('/local/clock');
  if (!res.ok) throw new Error(`无法读取演示时钟（${res.status}）`);
  const { now } = (await res.json()) as { now: string };
  return dayjs(beijingDay.format(new Date(now)));
}

/**
 * Demo only: a realistic application — a 5,000 yuan fine by 西宁市市场监督管理局, made eight
 * days ago and received five days ago — in the signed-in person's name. The resident ID number
 * is a made-up one with a valid check digit.
 */
export async function sampleApplication(profile: Profile): Promise<ApplicationValues> {
  const today = await demoToday();
  return {
    applicant: {
      type: 'person',
      name: profile.nameZh,
      residentId: '630102198503124323',
      phone: profile.phone ?? '13897001234',
      address: '青海省西宁市城中区南大街1号',
    },
    hasAgent: false,
    respondentAgencyId: 'dept-xn-scjg',
    act: {
      title: '行政处罚决定书',
      documentNumber: `宁市监罚〔${today.year()}〕88号`,
      madeOn: today.subtract(8, 'day'),
      learnedOn: today.subtract(5, 'day'),
      rightsNotified: true,
      onTheSpot: false,
      kind: 'fine',
      amountYuan: 5000,
      realProperty: false,
    },
    requests: `撤销宁市监罚〔${today.year()}〕88号行政处罚决定`,
    factsAndReasons: '被申请人认定事实不清，所依据的检测报告未送达申请人，程序违法。',
    hearingRequested: false,
  };
}
