import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { projectRoot } from '../../infra/local/system';

/**
 * Every bench still runs (with a tiny size) and ends with its one-line JSON result. The figures
 * themselves are printed by the benches, never asserted here: a timing depends on the machine.
 */
const benches = ['filing', 'lists', 'workflow', 'bundles', 'portal', 'documents'];

describe('the benches run', () => {
  it.each(benches)('bench:%s runs with BENCH_N=3 and ends with {metric, value, goal}', (bench) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'bench', `${bench}.ts`)], {
      cwd: projectRoot,
      env: { ...process.env, BENCH_N: '3', NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    expect({ bench, status: r.status, stderr: r.status === 0 ? '' : r.stderr.slice(-2000) }).toEqual({
      bench,
      status: 0,
      stderr: '',
    });
    const last = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(Object.keys(last).sort()).toEqual(['goal', 'metric', 'value']);
    expect(typeof last.metric).toBe('string');
    expect(Number.isFinite(last.value)).toBe(true);
  });
});
