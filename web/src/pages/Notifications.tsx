import { Alert, Button, Empty, Spin } from 'antd';
import { Link } from 'react-router';
import { ok } from '../api/client';
import type { Notification } from '../api/types';
import { usePortal } from '../app/portal';
import { ListPage } from '../components/cases/ListPage';
import { type ListField, ResponsiveList } from '../components/cases/ResponsiveList';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks/useLoad';

const fields: readonly ListField<Notification>[] = [
  {
    key: 'at',
    labelZh: '时间',
    width: 180,
    render: (n) => <time dateTime={n.at}>{formatDateTime(n.at)}</time>,
  },
  {
    key: 'subject',
    labelZh: '通知',
    render: (n) => (
      <div className="notification-text">
        <strong>{n.subjectZh}</strong>
        <p>{n.bodyZh}</p>
      </div>
    ),
  },
  {
    key: 'case',
    labelZh: '案件',
    width: 120,
    render: (n) =>
      n.caseId ? (
        <Link to={`/cases/${n.caseId}`} data-testid="case-link">
          查看案件<span className="visually-hidden">：{n.subjectZh}</span>
        </Link>
      ) : (
        '无'
      ),
  },
];

/** 通知: the notices for this person (and for their body, agency or the bodies they supervise), newest first. */
export default function Notifications() {
  const { api } = usePortal();
  const notices = useLoad(() => ok(api.GET('/v1/notifications')).then((page) => page.items), [api]);
  return (
    <ListPage titleZh="通知" introZh="发给您本人以及您所在机关的通知，最新的在前。">
      {notices.error ? (
        <Alert
          type="error"
          showIcon
          data-testid="list-error"
          title={`通知暂时无法读取：${notices.error.message}`}
          action={<Button onClick={notices.reload}>重试</Button>}
        />
      ) : !notices.data ? (
        <div className="page-loading" role="status">
          <Spin /> <span>正在读取通知……</span>
        </div>
      ) : notices.data.length === 0 ? (
        <Empty description="暂无通知" data-testid="notifications-empty" />
      ) : (
        <ResponsiveList<Notification>
          rows={notices.data}
          rowKey={(n) => n.id}
          fields={fields}
          titleField="at"
          captionZh="通知列表"
          rowTestId="notification"
          listTestId="notifications"
        />
      )}
    </ListPage>
  );
}
