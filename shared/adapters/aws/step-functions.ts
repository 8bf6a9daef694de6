import type { Workflow } from '../../ports';
import { onFirstUse } from './on-first-use';

/**
 * The SDK client is loaded when the function first starts or resumes a workflow, not at init: a
 * cold start that only reads (most requests) never pays for it.
 */
const sfnSdk = onFirstUse(async () => {
  const sdk = await import('@aws-sdk/client-sfn');
  return { sdk, client: new sdk.SFNClient({}) };
});

/** Step Functions: one Standard execution per case; callback tasks resumed with their token. */
export class StepFunctionsWorkflow implements Workflow {
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
    const { sdk, client } = await sfnSdk();
    try {
      const out = await client.send(
        new sdk.StartExecutionCommand({
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
    const { sdk, client } = await sfnSdk();
    try {
      await client.send(new sdk.SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
    } catch (err) {
      // The task already timed out or the execution ended: the timer path re-reads the case.
      if (err instanceof Error && /TaskTimedOut|InvalidToken|TaskDoesNotExist/.test(err.name)) return;
      throw err;
    }
  }

  async isRunning(executionId: string): Promise<boolean> {
    const { sdk, client } = await sfnSdk();
    try {
      const out = await client.send(
        new sdk.DescribeExecutionCommand({ executionArn: this.executionArn(executionId) }),
      );
      return out.status === 'RUNNING';
    } catch (err) {
      if (err instanceof Error && err.name === 'ExecutionDoesNotExist') return false;
      throw err;
    }
  }
}
