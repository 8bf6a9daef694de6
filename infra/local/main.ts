import { join, resolve } from 'node:path';
import * as z from 'zod';
import { demoUsers } from './demo-users';
import { StartupError } from './startup-error';
import { projectRoot, startLocalSystem } from './system';

/**
 * `npm start`: the environment is validated at start-up, then the port and the data folder are
 * checked before anything starts; a bad value or a failed check stops with one Chinese line.
 */
const portMessage = 'PORT 应为0至65535之间的整数端口号';
const env = z
  .object({
    PORT: z.coerce
      .number({ error: portMessage })
      .int({ message: portMessage })
      .min(0, { message: portMessage })
      .max(65535, { message: portMessage })
      .default(3000),
    DATA_DIR: z.string().min(1, { message: 'DATA_DIR 不能为空' }).default(resolve(projectRoot, '.data')),
    START_AT: z.iso
      .datetime({ offset: true, message: 'START_AT 应为带时区的时间，例如 2026-02-10T10:00:00+08:00' })
      .optional(),
  })
  .safeParse(process.env);
if (!env.success) {
  console.error(`环境变量有误：${env.error.issues.map((i) => i.message).join('；')}`);
  process.exit(1);
}

const system = await startLocalSystem({
  dataDir: env.data.DATA_DIR,
  port: env.data.PORT,
  // The portal's build lives in the data folder (or PORTAL_DIR), made again only when web/ changed.
  portalDir: process.env.PORTAL_DIR ?? join(env.data.DATA_DIR, 'portal'),
  buildPortal: true,
  ...(env.data.START_AT ? { startAt: new Date(env.data.START_AT) } : {}),
}).catch((err: Error) => {
  if (err instanceof StartupError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
});

const lines = [
  '',
  `行政复议案件系统（本地运行）已启动：${system.url}`,
  `  数据目录 DATA_DIR=${env.data.DATA_DIR}；演示时钟：${system.clock.now().toISOString()}`,
  `  门户：${system.portal?.built ? `已构建（${system.portal.seconds.toFixed(1)} 秒）` : '沿用已有构建'}；接口文档：${system.url}/docs`,
  `  已为 ${system.reconciled.checked} 件未结案件核对流程，重新启动 ${system.reconciled.restarted.length} 件`,
  '',
  '在浏览器打开上面的地址，选择演示用户登录；或用 curl 登录取得令牌：',
  `  curl -s -X POST ${system.url}/local/sign-in -H 'content-type: application/json' -d '{"username":"zhangsan"}'`,
  '',
  '演示用户（用户名 — 角色）：',
  ...demoUsers.map((u) => `  ${u.username.padEnd(10)} ${u.nameZh} — ${u.descriptionZh}`),
  '',
  '按 Ctrl+C 停止；已确认的数据保存在数据目录中，重启后不会丢失。',
  '',
];
console.log(lines.join('\n'));
console.log(`READY ${system.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void system.stop().then(() => process.exit(0));
  });
