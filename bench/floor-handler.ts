/**
 * The floor of bench:bundles: the smallest useful handler of this system — it imports only the
 * DynamoDB client and the document client (the clients every function of the system needs),
 * builds its client at init as AWS advises, and reads one item when invoked.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { pk: string; sk: string }) => {
  const { Item } = await client.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: event }));
  return Item ?? null;
};
