import { Alert, App, Button, Card, Col, Row, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { usePortal } from '../app/portal';
import { homeOf } from '../app/roles';
import type { DemoUser } from '../auth/adapter';

/** Demo: pick one of the seeded users. */
function DemoUsers() {
  const portal = usePortal();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [users, setUsers] = useState<readonly DemoUser[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    portal.signIn.demoUsers().then(setUsers, (err: Error) => setError(err.message));
  }, [portal.signIn]);

  const signIn = async (username: string) => {
    try {
      const session = await portal.signIn.signIn({ username });
      if (session) {
        portal.setSession(session);
        navigate(homeOf(session.profile.role));
      }
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  if (error) return <Alert type="error" message={error} showIcon />;
  if (!users) return <Spin />;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        data-testid="demo-sign-in"
        message="演示登录"
        description="这是本地演示环境：选择一位演示用户即可登录，无需密码。正式部署使用统一身份认证登录。"
      />
      <Row gutter={[16, 16]} className="demo-users">
        {users.map((u) => (
          <Col key={u.username} xs={24} sm={12} lg={8}>
            <Card size="small" title={u.nameZh}>
              <Typography.Paragraph>{u.descriptionZh}</Typography.Paragraph>
              <Button
                type="primary"
                onClick={() => signIn(u.username)}
                data-testid={`sign-in-${u.username}`}
                aria-label={`以${u.nameZh}（${u.descriptionZh}）身份登录`}
              >
                以此身份登录
              </Button>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}

/** Cognito: citizens and staff sign in at their own pool's hosted page (code flow with PKCE). */
function PoolChoice() {
  const portal = usePortal();
  const { message } = App.useApp();
  const go = (pool: 'citizens' | 'staff') =>
    portal.signIn.signIn({ pool }).catch((err: Error) => message.error(err.message));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12}>
        <Card title="群众登录">
          <Typography.Paragraph>申请人、代理人在线申请行政复议、查看案件进度。</Typography.Paragraph>
          <Button type="primary" size="large" onClick={() => go('citizens')} data-testid="sign-in-citizens">
            群众登录
          </Button>
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card title="工作人员登录">
          <Typography.Paragraph>
            复议机关、被申请人、监督人员和管理员（须使用动态验证码）。
          </Typography.Paragraph>
          <Button size="large" onClick={() => go('staff')} data-testid="sign-in-staff">
            工作人员登录
          </Button>
        </Card>
      </Col>
    </Row>
  );
}

export default function SignInPage() {
  const { signIn } = usePortal();
  return (
    <section>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <div>
          <Typography.Title level={1}>登录</Typography.Title>
          <Typography.Paragraph>
            在线申请行政复议、查看案件的法定期限与办理进度；复议机关在线审查、办理案件。
          </Typography.Paragraph>
        </div>
        {signIn.demo ? <DemoUsers /> : <PoolChoice />}
      </Space>
    </section>
  );
}
