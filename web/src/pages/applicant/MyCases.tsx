import { Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import { CaseList } from '../../components/cases/CaseList';
import type { CaseField } from '../../components/cases/caseFields';
import '../../styles/my-cases.css';

/** Cases per page; "加载更多" asks for the next page with the cursor of the last. */
const pageSize = 10;

/** What the applicant sees of each case, in the words and renderings every case list uses. */
const fields: readonly CaseField[] = ['caseNumber', 'subject', 'body', 'stage', 'nextDeadline', 'flags'];

/** 我的案件: the applicant's cases, newest first, each with its stage and the next deadline and whose duty it is. */
export default function MyCases() {
  // Opened again from the navigation (a new location, even on the same path): the list is read afresh.
  const { key } = useLocation();
  return (
    <section className="list-page">
      <div className="page-head">
        <Typography.Title level={1}>我的案件</Typography.Title>
        <Link to="/my/file" className="link-button" data-testid="new-application">
          申请行政复议
        </Link>
      </div>
      <Typography.Paragraph className="page-intro">
        您提交的行政复议申请及其办理进度。点击案件编号查看法定期限、办理过程，补正材料或撤回申请。
      </Typography.Paragraph>
      <CaseList
        key={key}
        query={{ view: 'mine', limit: pageSize }}
        captionZh="我的案件列表"
        fields={fields}
        emptyZh="您还没有提交过行政复议申请。"
        emptyAction={<Link to="/my/file">申请行政复议</Link>}
      />
    </section>
  );
}
