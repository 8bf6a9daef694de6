import { CaseList } from '../../components/cases/CaseList';
import { ListPage } from '../../components/cases/ListPage';

/**
 * 我参与的案件 (a committee member): the cases they sit on as a hearing officer or were asked to
 * advise on (Arts. 50, 52) — the only cases they may see.
 */
export default function CommitteeCases() {
  return (
    <ListPage
      titleZh="我参与的案件"
      introZh="您担任听证人员或被提请提出咨询意见的行政复议案件。请按时参加听证、核对确认听证笔录，并就提请咨询的问题提出书面意见。"
    >
      <CaseList
        query={{ view: 'committee', limit: 20 }}
        captionZh="我参与的案件列表"
        emptyZh="暂无您参与的案件"
        fields={['caseNumber', 'body', 'applicant', 'subject', 'stage']}
      />
    </ListPage>
  );
}
