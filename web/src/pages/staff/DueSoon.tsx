import { CaseList } from '../../components/cases/CaseList';
import { ListPage } from '../../components/cases/ListPage';

/** 即将到期 (supervisors and office heads): cases whose deadline falls due soon. */
export default function DueSoon() {
  return (
    <ListPage
      titleZh="即将到期"
      introZh="法定期限即将届满的案件（监督人员：所辖全部复议机关；复议机构负责人：本机关），按届满日排序。"
    >
      <CaseList
        query={{ view: 'dueSoon', limit: 20 }}
        captionZh="即将到期案件列表"
        emptyZh="暂无即将到期的案件"
        fields={['caseNumber', 'body', 'applicant', 'subject', 'stage', 'nextDeadline']}
      />
    </ListPage>
  );
}
