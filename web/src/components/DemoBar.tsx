import { Alert, App, Button, InputNumber, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { usePortal } from '../app/portal';
import { formatDateTime } from '../format';

/**
 * Demo-only: the local runtime's clock, shown to everyone and moved forward by the
 * administrator (so deemed acceptance and overdue alerts can be seen without waiting days).
 * The shell renders this only when config.json says demo; an AWS deployment has no clock to move.
 */
export function DemoBar() {
  const { session } = usePortal();
  const { message } = App.useApp();
  const [now, setNow] = useState<string>();
  const [days, setDays] = useState(1);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    const res = await fetch('/local/clock');
    if (res.ok) setNow(((await res.json()) as { now: string }).now);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const advance = async () => {
    setBusy(true);
    try {
      const res = await fetch('/local/clock', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session?.token}` },
        body: JSON.stringify({ advanceDays: days }),
      });
      const body = (await res.json()) as { now?: string; detail?: string };
      if (!res.ok) throw new Error(body.detail ?? `调整失败（${res.status}）`);
      setNow(body.now);
      message.success(`演示时钟已向前调整${days}天`);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert
      className="demo-bar"
      data-testid="demo-bar"
      type="warning"
      banner
      showIcon={false}
      message={
        <Space wrap>
          <strong>本地演示环境</strong>
          <span data-testid="demo-clock">演示时钟：{now ? formatDateTime(now) : '读取中'}</span>
          {session?.profile.role === 'admin' ? (
            <>
              <label htmlFor="demo-advance-days">向前调整</label>
              <InputNumber
                id="demo-advance-days"
                data-testid="demo-advance-days"
                min={1}
                max={400}
                value={days}
                onChange={(v) => setDays(v ?? 1)}
                addonAfter="天"
              />
              <Button onClick={advance} loading={busy} data-testid="demo-advance">
                调整时钟
              </Button>
            </>
          ) : null}
        </Space>
      }
    />
  );
}
