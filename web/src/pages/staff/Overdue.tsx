import { CaseList } from '../../components/cases/CaseList';
import { ListPage } from '../../components/cases/ListPage';

/** 逾期督办 (supervisors and office heads): cases with a deadline passed and the step not taken. */
export default function Overdue() {
  return (
    <ListPage
      titleZh="逾期督办"
      introZh="已超过法定期限仍未办理的案件（监督人员：所辖全部复议机关；复议机构负责人：本机关）。请督促责任方尽快办理。"
    >
      <CaseList
        query={{ view: 'overdue', limit: 20 }}
        captionZh="逾期案件列表"
        emptyZh="暂无逾期案件"
        fields={['caseNumber', 'body', 'applicant', 'subject', 'stage', 'nextDeadline']}
      />
    </ListPage>
  );
}
