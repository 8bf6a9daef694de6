import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { apiClient } from './api/client';
import { PortalContext } from './app/portal';
import { Shell } from './app/Shell';
import { theme } from './app/theme';
import { createSignIn, type SignInAdapter } from './auth/adapter';
import type { Session } from './auth/session';
import { loadConfig, type PortalConfig } from './config';
import './styles/site.css';
import './styles/forms.css';
import './styles/cases.css';
import './styles/files.css';
import './styles/print.css';

dayjs.locale('zh-cn');

function Root(props: { config: PortalConfig; signIn: SignInAdapter; initial: Session | undefined }) {
  const [session, setSession] = useState(props.initial);
  const portal = useMemo(
    () => ({
      config: props.config,
      signIn: props.signIn,
      session,
      setSession,
      api: apiClient(props.config, session, () => {
        void props.signIn.signOut();
        setSession(undefined);
      }),
    }),
    [props.config, props.signIn, session],
  );
  return (
    <PortalContext.Provider value={portal}>
      <BrowserRouter>
        <Shell />
      </BrowserRouter>
    </PortalContext.Provider>
  );
}

async function start() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const render = (node: React.ReactNode) =>
    root.render(
      <StrictMode>
        <ConfigProvider locale={zhCN} theme={theme}>
          <AntApp>{node}</AntApp>
        </ConfigProvider>
      </StrictMode>,
    );
  try {
    const config = await loadConfig();
    const signIn = await createSignIn(config);
    const initial = await signIn.restore();
    render(<Root config={config} signIn={signIn} initial={initial} />);
  } catch (err) {
    render(
      <main className="site-main" role="alert">
        <h1>门户暂时无法打开</h1>
        <p>{err instanceof Error ? err.message : String(err)}</p>
        <p>请稍后刷新页面重试；如果问题持续，请拨打咨询电话。</p>
      </main>,
    );
  }
}

void start();
