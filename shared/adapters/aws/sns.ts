import type { Notifier, OutgoingNotification } from '../../ports';
import { onFirstUse } from './on-first-use';

/** The SDK client is loaded with the first alert, not at init (see step-functions.ts). */
const snsSdk = onFirstUse(async () => {
  const sdk = await import('@aws-sdk/client-sns');
  return { sdk, client: new sdk.SNSClient({}) };
});

/** Alerts go to the SNS topic (subscribed by e-mail/SMS per body); every notice is also in the inbox. */
export class SnsNotifier implements Notifier {
  constructor(private readonly topicArn: string) {}
  async deliver(n: OutgoingNotification): Promise<void> {
    const { sdk, client } = await snsSdk();
    await client.send(
      new sdk.PublishCommand({
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
