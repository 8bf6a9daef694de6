import { Typography } from 'antd';
import { usePortal } from '../app/portal';

export default function Privacy() {
  const { config } = usePortal();
  return (
    <section>
      <Typography.Title level={1}>个人信息保护说明</Typography.Title>
      {config.site.privacyNoticeZh.split(/\n+/).map((p) => (
        <Typography.Paragraph key={p}>{p}</Typography.Paragraph>
      ))}
      <Typography.Paragraph>
        主办单位：{config.site.operatorZh}；咨询电话：{config.site.hotline}
      </Typography.Paragraph>
    </section>
  );
}
