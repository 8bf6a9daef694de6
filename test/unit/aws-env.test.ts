import { describe, expect, it } from '@jest/globals';
import { SqsJobQueue } from '../../shared/adapters/aws/sqs';
import { readAwsEnv } from '../../shared/config/env';

const base = {
  TABLE_NAME: 'cases',
  ALERT_TOPIC_ARN: 'arn:aws-cn:sns:cn-north-1:000000000000:alerts',
  AWS_REGION: 'cn-north-1',
};
const queues = {
  calendarRecompute: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/recompute',
  calendarPreview: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/preview',
};

describe('JOB_QUEUES: the job queues by kind, as the stack writes them', () => {
  it('is read as a map of kind to queue URL, and is absent for a function that queues no job', () => {
    expect(readAwsEnv({ ...base, JOB_QUEUES: JSON.stringify(queues) }).JOB_QUEUES).toEqual(queues);
    expect(readAwsEnv(base).JOB_QUEUES).toBeUndefined();
  });

  it('fails the cold start when it is not JSON or names something that is not a URL', () => {
    expect(() => readAwsEnv({ ...base, JOB_QUEUES: 'https://example.invalid/queue' })).toThrow(
      'JOB_QUEUES: JOB_QUEUES is not JSON',
    );
    expect(() => readAwsEnv({ ...base, JOB_QUEUES: '{"calendarPreview":"preview"}' })).toThrow(
      /JOB_QUEUES\.calendarPreview/,
    );
  });

  it('a message of a kind without a queue is refused before any request', async () => {
    const jobs = new SqsJobQueue({ calendarRecompute: queues.calendarRecompute });
    await expect(jobs.enqueue({ kind: 'calendarPreview', jobId: 'j' })).rejects.toThrow(
      "JOB_QUEUES has no queue for 'calendarPreview'",
    );
  });
});
