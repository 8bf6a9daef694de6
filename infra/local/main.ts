import { resolve } from 'node:path';
import * as z from 'zod';
import { demoUsers } from './demo-users';
import { StartupError } from './startup-error';
import { projectRoot, startLocalSystem } from './system';

/** `npm start`: the environment is validated at start-up; a bad value stops with a clear message. */
const env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATA_DIR: z.string().min(1).default(resolve(projectRoot, '.data')),
    START_AT: z.iso.datetime({ offset: true }).optional(),
  })
  .safeParse(process.env);
if (!env.success) {
  console.error(
    `环境变量有误：${env.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );
  process.exit(1);
}

const system = await startLocalSystem({
  dataDir: env.data.DATA_DIR,
  port: env.data.PORT,
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
