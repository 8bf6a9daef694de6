import type { IsoDate } from '../../calendar/types';
import type { Track } from '../../procedures/reconsideration/types';

/**
 * Wording and fields shared by the documents of administrative reconsideration. Articles are
 * those of the Administrative Reconsideration Law as revised 2023-09-01 (in force 2024-01-01);
 * documents cite laws by their full name.
 */

export const ARL = '《中华人民共和国行政复议法》';
export const ALL = '《中华人民共和国行政诉讼法》';

/** The act under review and when the case came in: most documents open with them. */
export interface CaseOpening {
  /**
   * The act under review as it reads after the respondent's name, e.g.
   * 于2026年3月2日作出的《行政处罚决定书》（玄市监罚字〔2026〕8号）, or 未依法履行政府信息公开职责.
   */
  readonly act: string;
  /** When the application was made (received by the body). */
  readonly appliedOn: IsoDate;
}

export interface AcceptedCase extends CaseOpening {
  readonly acceptedOn: IsoDate;
}

export const actField = { kind: 'text', labelZh: '被申请行政复议的行政行为' } as const;
export const appliedOnField = { kind: 'date', labelZh: '申请日期' } as const;
export const acceptedOnField = { kind: 'date', labelZh: '受理日期' } as const;
export const contactField = { kind: 'text', labelZh: '联系人及联系电话', optional: true } as const;
export const trackField = {
  kind: 'choice',
  labelZh: '审理程序',
  options: { ordinary: '普通', simplified: '简易' } satisfies Record<Track, string>,
} as const;

/** The opening of a notice about an accepted case, naming both sides. */
export const acceptedCaseOpening =
  '{applicant}不服{respondent}{act}，于{appliedOn}向本机关申请行政复议，本机关已于{acceptedOn}依法受理。';

/** The same, in a document that lists the parties above (申请人 / 被申请人 stand for them). */
export const acceptedCaseOpeningParties =
  '申请人不服被申请人{act}，于{appliedOn}向本机关申请行政复议，本机关已于{acceptedOn}依法受理。';

export const contactLine = { text: '联系人及联系电话：{contact}', when: { field: 'contact' } } as const;
export const closingNotice = '特此通知。';
