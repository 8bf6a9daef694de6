import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity, Table } from 'dynamodb-toolbox';
import { any, boolean, item, number, string } from 'dynamodb-toolbox/schema';
import { tableIndexes, tableKeys } from './table-schema';

const gsi = (name: keyof typeof tableIndexes) => ({
  type: 'global' as const,
  partitionKey: { name: tableIndexes[name].partitionKey, type: 'string' as const },
  sortKey: { name: tableIndexes[name].sortKey, type: 'string' as const },
});

/** The single table and its entities, bound to one document client and table name. */
export function defineTable(documentClient: DynamoDBDocumentClient, tableName: string) {
  const table = new Table({
    name: tableName,
    documentClient,
    partitionKey: { name: tableKeys.partitionKey, type: 'string' },
    sortKey: { name: tableKeys.sortKey, type: 'string' },
    indexes: {
      byApplicant: gsi('byApplicant'),
      byQueue: gsi('byQueue'),
      openCases: gsi('openCases'),
      dueDeadlines: gsi('dueDeadlines'),
      byRespondent: gsi('byRespondent'),
    },
  });

  /** CASE#id / EV#000001…: the append-only event log, the case file and audit trail. */
  const caseEvent = new Entity({
    name: 'CaseEvent',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      caseId: string(),
      seq: number(),
      type: string(),
      at: string(),
      event: any(),
    }),
  });

  /** CASE#id / STATE: the projection serving reads and the "my cases" / queue / open-case indexes. */
  const caseProjection = new Entity({
    name: 'CaseProjection',
    table,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      caseId: string(),
      version: number(),
      status: string(),
      stage: string(),
      state: any(),
      applicantPk: string(),
      applicantSk: string(),
      queuePk: string().optional(),
      queueSk: string().optional(),
      openPk: string().optional(),
      openSk: string().optional(),
      respondentPk: string().optional(),
      respondentSk: string().optional(),
    }),
  });

  /** CASE#id / DL#key: one open deadline, in the sparse due-date index. Deleted when it closes. */
  const openDeadline = new Entity({
    name: 'OpenDeadline',
    table,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      caseId: string(),
      key: string(),
      dueDate: string(),
      startDate: string(),
      bodyId: string(),
      overdue: boolean(),
      duePk: string(),
      dueSk: string(),
    }),
  });

  /** CASE#id / WORKFLOW: the execution and the task token of the stage waiting for a person. */
  const workflowLink = new Entity({
    name: 'WorkflowLink',
    table,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      caseId: string(),
      executionId: string().optional(),
      taskToken: string().optional(),
      stage: string().optional(),
      notifiedStageVersion: number().optional(),
    }),
  });

  /** COUNTER#body#year / COUNTER: atomic case-number counter. */
  const counter = new Entity({
    name: 'Counter',
    table,
    schema: item({ pk: string().key(), sk: string().key(), value: number() }),
  });

  /** IDEMP#user#key / IDEMP: a filing's Idempotency-Key, claimed before the case is written. */
  const idempotency = new Entity({
    name: 'Idempotency',
    table,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      caseId: string(),
      requestHash: string(),
      caseNumber: string().optional(),
    }),
  });

  /** CALENDAR / YEAR#2026: an administrator's load or correction of an official calendar year. */
  const calendarYear = new Entity({
    name: 'CalendarYear',
    table,
    schema: item({ pk: string().key(), sk: string().key(), year: number(), version: number(), data: any() }),
  });

  /** INBOX#recipient / at#id: notifications kept for their recipient to read. */
  const notification = new Entity({
    name: 'Notification',
    table,
    schema: item({ pk: string().key(), sk: string().key(), notification: any() }),
  });

  return {
    table,
    caseEvent,
    caseProjection,
    openDeadline,
    workflowLink,
    counter,
    idempotency,
    calendarYear,
    notification,
  };
}

export type CaseTable = ReturnType<typeof defineTable>;
