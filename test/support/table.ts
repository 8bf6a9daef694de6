import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type LocalSystem, localTableName } from '../../infra/local/system';

/**
 * Every item of the local system's table, read raw (a test's view of what was written, beside
 * what the API shows): a refusal must leave this unchanged.
 */
export async function tableItems(system: LocalSystem): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await system.documentClient.send(
      new ScanCommand({ TableName: localTableName, ConsistentRead: true, ExclusiveStartKey }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}
