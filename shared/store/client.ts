import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CaseStore } from './case-store';
import { defineTable } from './table';

export function documentClient(config: DynamoDBClientConfig = {}) {
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
}

export function caseStore(tableName: string, config: DynamoDBClientConfig = {}) {
  return new CaseStore(defineTable(documentClient(config), tableName));
}
