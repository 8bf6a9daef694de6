import { describe, expect, it } from '@jest/globals';
import { seedTable } from '../../shared/calendar/seed-table';
import { parseHolidayNotice } from '../../web/src/pages/admin/notice-parser';

/**
 * The State Council notices for 2025 and 2026 in their published wording (title, number and the
 * numbered items; the closing paragraphs carry no dates). Their dates are the official
 * arrangements the seed data holds (shared/calendar/seed-table.ts), which the tests compare with.
 */
const notice2025 = `国务院办公厅关于2025年部分节假日安排的通知
国办发明电〔2024〕12号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

国务院办公厅
2024年11月12日`;

const notice2026 = `国务院办公厅关于2026年部分节假日安排的通知
国办发明电〔2025〕7号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

国务院办公厅
2025年11月4日`;

/** A seeded year's dates ('MM-DD名' entries) as full dates. */
const seededDates = (year: number, list: 'off' | 'makeup') =>
  (seedTable[year]?.[list] ?? '')
    .split(' ')
    .filter(Boolean)
    .map((entry) => `${year}-${entry.slice(0, 5)}`);

describe('parseHolidayNotice: the published notices', () => {
  it.each([
    [2025, notice2025, '国办发明电〔2024〕12号'],
    [2026, notice2026, '国办发明电〔2025〕7号'],
  ])(
    'reads the %i notice into exactly the official days off and make-up working days',
    (year, text, number) => {
      const parsed = parseHolidayNotice(text);
      expect(parsed.problems).toEqual([]);
      expect(parsed.year).toBe(year);
      expect(parsed.documentNumber).toBe(number);
      expect(parsed.source).toBe(`国务院办公厅关于${year}年部分节假日安排的通知（${number}）`);
      expect(parsed.daysOff.map((d) => d.date)).toEqual(seededDates(year, 'off'));
      expect(parsed.makeupWorkdays.map((d) => d.date)).toEqual(seededDates(year, 'makeup'));
    },
  );

  it('names each day by its item and keeps each item with its stated total', () => {
    const parsed = parseHolidayNotice(notice2025);
    expect(parsed.holidays.map((h) => [h.name, h.daysOff.length, h.statedTotal])).toEqual([
      ['元旦', 1, 1],
      ['春节', 8, 8],
      ['清明节', 3, 3],
      ['劳动节', 5, 5],
      ['端午节', 3, 3],
      ['国庆节、中秋节', 8, 8],
    ]);
    expect(parsed.holidays[1]?.makeupWorkdays).toEqual(['2025-01-26', '2025-02-08']);
    expect(parsed.daysOff.find((d) => d.date === '2025-06-02')).toEqual({
      date: '2025-06-02',
      name: '端午节',
    });
    expect(parsed.makeupWorkdays.find((d) => d.date === '2025-10-11')).toEqual({
      date: '2025-10-11',
      name: '国庆节、中秋节',
    });
    expect(parsed.holidays[0]?.text).toBe('一、元旦：1月1日（周三）放假1天，不调休。');
  });

  it('reads the items alone, with full-width digits and 星期, for the year the administrator chose', () => {
    const parsed = parseHolidayNotice(
      '一、元旦：１月１日（星期四）至３日（星期六）放假调休，共３天。１月４日（星期日）上班。',
      2026,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.source).toBe('国务院办公厅关于2026年部分节假日安排的通知');
    expect(parsed.daysOff).toEqual([
      { date: '2026-01-01', name: '元旦' },
      { date: '2026-01-02', name: '元旦' },
      { date: '2026-01-03', name: '元旦' },
    ]);
    expect(parsed.makeupWorkdays).toEqual([{ date: '2026-01-04', name: '元旦' }]);
  });
});

describe('parseHolidayNotice: what it reports instead of guessing', () => {
  it('a weekday that does not match its date, and a total that does not match the range', () => {
    const parsed = parseHolidayNotice(
      '国务院办公厅关于2026年部分节假日安排的通知\n三、清明节：4月4日（周五）至6日（周一）放假，共4天。',
    );
    expect(parsed.problems).toEqual([
      { holiday: '清明节', messageZh: '2026年4月4日是星期六，通知写作“周五”，请核对日期' },
      { holiday: '清明节', messageZh: '通知写明共4天，按所列日期计为3天，请核对' },
    ]);
    expect(parsed.daysOff.map((d) => d.date)).toEqual(['2026-04-04', '2026-04-05', '2026-04-06']);
  });

  it('a make-up day of the year before is left out and said so (it belongs to that year)', () => {
    const parsed = parseHolidayNotice(
      '国务院办公厅关于2008年部分节假日安排的通知\n一、元旦：1月1日放假，与周末连休。2007年12月29日（星期六）上班。',
    );
    expect(parsed.makeupWorkdays).toEqual([]);
    expect(parsed.daysOff).toEqual([{ date: '2008-01-01', name: '元旦' }]);
    expect(parsed.problems).toEqual([
      {
        holiday: '元旦',
        messageZh: '2007年12月29日（调休上班）不在2008年内，须在该年的安排中载入，此处未列入',
      },
    ]);
  });

  it('a title of another year than the one chosen, a day both off and worked, an invalid date', () => {
    const parsed = parseHolidayNotice(
      '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日至3日放假。1月3日上班。\n二、春节：2月30日放假。',
      2026,
    );
    expect(parsed.year).toBe(2027);
    expect(parsed.problems).toEqual([
      { messageZh: '通知标题为2027年，与所选的2026年不一致，请核对所选年份或粘贴的通知' },
      { holiday: '春节', messageZh: '“2月30日”不是有效日期' },
      { holiday: '春节', messageZh: '未能读出放假日期：“2月30日放假”' },
      { holiday: '春节', messageZh: '未读出放假日期' },
      { holiday: '元旦', messageZh: '2027年1月3日不能既是放假日又是调休上班日' },
    ]);
  });

  it('text that is not a notice: no year, no items', () => {
    expect(parseHolidayNotice('今天天气很好').problems).toEqual([
      { messageZh: '未能确定年份：请粘贴含标题的通知全文，或先选择年份' },
    ]);
    expect(parseHolidayNotice('今天天气很好', 2027).problems).toEqual([
      { messageZh: '未读出任何节假日：每项应以“一、元旦：”这样的编号和名称开头，请粘贴通知正文' },
    ]);
  });
});
