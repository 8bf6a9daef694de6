import { CaseList } from '../../components/cases/CaseList';
import { ListPage } from '../../components/cases/ListPage';

/** 被申请案件 (the respondent agency): the cases against it, once the copy of the application is sent. */
export default function RespondentCases() {
  return (
    <ListPage
      titleZh="被申请案件"
      introZh="以本机关为被申请人、已向本机关发送申请书副本的行政复议案件。请在答复期限内提出书面答复并提交证据、依据。"
    >
      <CaseList
        query={{ view: 'respondent', limit: 20 }}
        captionZh="被申请案件列表"
        emptyZh="暂无以本机关为被申请人的案件"
        fields={['caseNumber', 'body', 'applicant', 'subject', 'stage', 'nextDeadline']}
      />
    </ListPage>
  );
}
