import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { DemoBar } from '../components/DemoBar';
import SignInPage from '../pages/SignIn';
import { usePortal } from './portal';
import { homeOf, navigation, roleLabelsZh } from './roles';
import { pageRoutes } from './routes';

const { Header, Content, Footer } = Layout;

function SiteFooter() {
  const { config } = usePortal();
  return (
    <Footer className="site-footer" data-testid="site-footer">
      <div>
        主办：{config.site.operatorZh}　咨询电话：
        <a href={`tel:${config.site.hotline.replace(/[^\d+]/g, '')}`}>{config.site.hotline}</a>
      </div>
      <div>
        <Link to="/privacy">个人信息保护说明</Link>
        {config.mode === 'demo' ? '　本地演示环境，数据仅供演示' : null}
      </div>
    </Footer>
  );
}

function Brand() {
  return (
    <Link to="/" className="brand" aria-label="返回首页">
      <img src="/favicon.svg" alt="" width={32} height={32} />
      <span className="brand-title">行政复议·调解·裁决 案件系统</span>
    </Link>
  );
}

const pageLoading = (
  <div className="page-loading" role="status">
    <Spin /> <span>正在加载……</span>
  </div>
);

/** The frame of every page: header with the person, the role's navigation, the page, the footer. */
export function Shell() {
  const portal = usePortal();
  const { session } = portal;
  const navigate = useNavigate();
  const location = useLocation();
  const nav = session ? navigation[session.profile.role] : [];
  const selected = nav.find((n) => location.pathname.startsWith(n.path))?.path;

  const signOut = async () => {
    await portal.signIn.signOut();
    portal.setSession(undefined);
    navigate('/');
  };

  return (
    <Layout className="site">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <Header className="site-header">
        <Brand />
        {session ? (
          <Space className="session" data-testid="session" wrap>
            <Typography.Text className="session-user">
              <span className="visually-hidden">当前用户：</span>
              <strong data-testid="session-user">{session.profile.nameZh}</strong>（
              {roleLabelsZh[session.profile.role]}）
            </Typography.Text>
            <Button onClick={signOut} data-testid="sign-out">
              退出登录
            </Button>
          </Space>
        ) : null}
      </Header>
      {session && nav.length > 0 ? (
        <nav aria-label="主导航" className="site-nav">
          <Menu
            mode="horizontal"
            selectedKeys={selected ? [selected] : []}
            items={nav.map((n) => ({ key: n.path, label: <Link to={n.path}>{n.labelZh}</Link> }))}
          />
        </nav>
      ) : null}
      {portal.config.mode === 'demo' && session ? <DemoBar /> : null}
      <Content id="main" tabIndex={-1} className="site-main">
        <Suspense fallback={pageLoading}>
          <Routes>
            <Route
              path="/"
              element={session ? <Navigate to={homeOf(session.profile.role)} replace /> : <SignInPage />}
            />
            {pageRoutes.map((r) => {
              const Page = r.page;
              const allowed = r.roles === 'everyone' || (session && r.roles.includes(session.profile.role));
              return (
                <Route
                  key={r.path}
                  path={r.path}
                  element={allowed ? <Page /> : session ? <Forbidden /> : <SignInPage />}
                />
              );
            })}
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </Content>
      <SiteFooter />
    </Layout>
  );
}

function Forbidden() {
  return (
    <section>
      <Typography.Title level={1}>无权访问</Typography.Title>
      <Typography.Paragraph>当前身份不能打开这个页面。请从上方导航进入您的页面。</Typography.Paragraph>
    </section>
  );
}

function NotFound() {
  return (
    <section>
      <Typography.Title level={1}>页面不存在</Typography.Title>
      <Typography.Paragraph>
        <Link to="/">返回首页</Link>
      </Typography.Paragraph>
    </section>
  );
}
