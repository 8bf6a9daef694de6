import {
  DescribeExecutionCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { readAwsEnv } from '../config/env';
import type { Clock, JobMessage, JobQueue, Notifier, OutgoingNotification, Workflow } from '../ports';
import type { Runtime } from '../runtime';
import { caseStore } from '../store/client';

const systemClock: Clock = { now: () => new Date() };

/** Step Functions: one Standard execution per case; callback tasks resumed with their token. */
class StepFunctionsWorkflow implements Workflow {
  private readonly sfn = new SFNClient({});
  constructor(private readonly stateMachineArn: string | undefined) {}

  private arn(): string {
    if (!this.stateMachineArn) throw new Error('STATE_MACHINE_ARN is not set for this function');
    return this.stateMachineArn;
  }

  /** The ARN of an execution of this state machine, from its name (or the ARN itself). */
  private executionArn(nameOrArn: string): string {
    if (nameOrArn.startsWith('arn:')) return nameOrArn;
    return `${this.arn().replace(':stateMachine:', ':execution:')}:${nameOrArn}`;
  }

  async start(caseId: string, executionName: string): Promise<string> {
    try {
      const out = await this.sfn.send(
        new StartExecutionCommand({
          stateMachineArn: this.arn(),
          name: executionName,
          input: JSON.stringify({ Payload: { caseId } }),
        }),
      );
      return out.executionArn ?? this.executionArn(executionName);
    } catch (err) {
      // Started before (an effects run repeated after a crash): the name is the case's, keep it.
      if (err instanceof Error && err.name === 'ExecutionAlreadyExists')
        return this.executionArn(executionName);
      throw err;
    }
  }

  async resume(taskToken: string, output: unknown): Promise<void> {
    try {
      await this.sfn.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
    } catch (err) {
      // The task already timed out or the execution ended: the timer path re-reads the case.
      if (err instanceof Error && /TaskTimedOut|InvalidToken|TaskDoesNotExist/.test(err.name)) return;
      throw err;
    }
  }

  async isRunning(executionId: string): Promise<boolean> {
    try {
      const out = await this.sfn.send(
        new DescribeExecutionCommand({ executionArn: this.executionArn(executionId) }),
      );
      return out.status === 'RUNNING';
    } catch (err) {
      if (err instanceof Error && err.name === 'ExecutionDoesNotExist') return false;
      throw err;
    }
  }
}

/** Alerts go to the SNS topic (subscribed by e-mail/SMS per body); every notice is also in the inbox. */
class SnsNotifier implements Notifier {
  private readonly sns = new SNSClient({});
  constructor(private readonly topicArn: string) {}
  async deliver(n: OutgoingNotification): Promise<void> {
    await this.sns.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: n.subjectZh.slice(0, 99),
        Message: JSON.stringify(n),
        MessageAttributes: {
          recipient: { DataType: 'String', StringValue: n.recipient },
          kind: { DataType: 'String', StringValue: n.kind },
        },
      }),
    );
  }
}

/** Background jobs go to the SQS queue that triggers the job function (with a dead-letter queue). */
class SqsJobQueue implements JobQueue {
  private readonly sqs = new SQSClient({});
  constructor(private readonly queueUrl: string | undefined) {}
  async enqueue(message: JobMessage): Promise<void> {
    if (!this.queueUrl) throw new Error('JOB_QUEUE_URL is not set for this function');
    await this.sqs.send(
      new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(message) }),
    );
  }
}

export function awsRuntime(): Runtime {
  const env = readAwsEnv();
  return {
    store: caseStore(env.TABLE_NAME),
    clock: systemClock,
    workflow: new StepFunctionsWorkflow(env.STATE_MACHINE_ARN),
    notifier: new SnsNotifier(env.ALERT_TOPIC_ARN),
    jobs: new SqsJobQueue(env.JOB_QUEUE_URL),
  };
}
