import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity } from 'dynamodb-toolbox/entity';
import { boolean, item, list, map, number, string } from 'dynamodb-toolbox/schema';
import { Table } from 'dynamodb-toolbox/table';
import { tableIndexes, tableKeys } from './table-schema';

const gsi = (name: keyof typeof tableIndexes) => ({
  type: 'global' as const,
  partitionKey: { name: tableIndexes[name].partitionKey, type: 'string' as const },
  sortKey: { name: tableIndexes[name].sortKey, type: 'string' as const },
});

/**
 * The single table and its entities, bound to one document client and table name. Documents
 * (an event, the projected state) are stored as JSON text with a schema version and read back
 * through zod (shared/store/stored-events.ts), never as untyped maps.
 */
export function defineTable(documentClient: DynamoDBDocumentClient, tableName: string) {
  const table = new Table({
    name: tableName,
    documentClient,
    partitionKey: { name: tableKeys.partitionKey, type: 'string' },
    sortKey: { name: tableKeys.sortKey, type: 'string' },
    indexes: { lists: gsi('lists'), stageQueues: gsi('stageQueues'), openCases: gsi('openCases') },
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
      procedure: string(),
      /** Schema version of `payload` (see stored-events.ts for the upcasters). */
      v: number(),
      payload: string(),
      /** On the first event while the case is open (sparse index openCases). */
      openPk: string().optional(),
      openSk: string().optional(),
    }),
  });

  /**
   * CASE#id / STATE: the projection (folded log) serving reads, written once the effects of its
   * version are done — it is also the effects cursor. Reads add the events it has not folded yet.
   */
  const caseProjection = new Entity({
    name: 'CaseProjection',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      caseId: string(),
      procedure: string(),
      version: number(),
      v: number(),
      state: string(),
    }),
  });

  /** CASE#id / LIST#…: one slim summary per list the case is in; without listPk it is a tombstone. */
  const caseListItem = new Entity({
    name: 'CaseListItem',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      version: number(),
      listPk: string().optional(),
      listSk: string().optional(),
      stagePk: string().optional(),
      stageSk: string().optional(),
      caseId: string(),
      procedure: string(),
      caseNumber: string(),
      status: string(),
      stage: string(),
      bodyId: string(),
      bodyNameZh: string(),
      applicantNameZh: string(),
      applicantKind: string().enum('person', 'organisation').optional(),
      subjectZh: string(),
      filedAt: string(),
      late: boolean(),
      nextDeadline: map({
        key: string(),
        labelZh: string(),
        dueDate: string(),
        status: string(),
        responsible: string(),
        overdue: boolean(),
        provisional: boolean(),
        awaitingCalendar: boolean().optional(),
        paused: boolean().optional(),
      }).optional(),
    }),
  });

  /** CASE#id / WORKFLOW: the live execution and the task token of the stage waiting for a person. */
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
    }),
  });

  /**
   * COUNTER#body#year / COUNTER: the last case number given out. `holder` is a reservation not
   * yet committed (see CaseStore.reserveCaseNumber): numbers are taken one at a time per body
   * and year, so none is skipped.
   */
  const counter = new Entity({
    name: 'Counter',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      value: number(),
      holder: string().optional(),
      reservedAt: number().optional(),
    }),
  });

  /** IDEMP#user#key / IDEMP: a filing's Idempotency-Key, claimed before the case is written. */
  const idempotency = new Entity({
    name: 'Idempotency',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      caseId: string(),
      procedure: string(),
      requestHash: string(),
      claimedAt: number(),
    }),
  });

  /** CALENDAR / YEAR#2026: an administrator's load or correction of an official calendar year. */
  const calendarYear = new Entity({
    name: 'CalendarYear',
    table,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      year: number(),
      version: number(),
      data: string(),
    }),
  });

  /**
   * CALJOBS / <jobId>: the background recompute after a calendar year was loaded — where it is
   * (shard and page of the open-cases index), how far it got, and which cases changed.
   */
  const calendarJob = new Entity({
    name: 'CalendarJob',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      jobId: string(),
      year: number(),
      calendarVersion: number(),
      status: string().enum('queued', 'running', 'done'),
      shard: number(),
      /** The next page of the current shard (a DynamoDB key as JSON), when the shard is not finished. */
      page: string().optional(),
      checked: number(),
      affected: number(),
      /** The first affected cases (the full record is the `deadlinesRecomputed` event on each case). */
      affectedCaseIds: list(string()),
      createdAt: string(),
      updatedAt: string(),
      finishedAt: string().optional(),
    }),
  });

  /**
   * CALPREVIEWS / <previewId>: a dry run of a calendar load — the proposed year, where the run is
   * in the open-cases index, and what it found (counts and the first examples). Writes no case.
   */
  const calendarPreview = new Entity({
    name: 'CalendarPreview',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      previewId: string(),
      year: number(),
      /** The proposed year (source, days off, make-up working days) as JSON. */
      proposal: string(),
      /** The administrator's version the proposal corrects; absent for a first load. */
      correctsVersion: number().optional(),
      status: string().enum('queued', 'running', 'done'),
      /** Bumped by every save: a save is conditional on the step it read, so two runs never both advance. */
      step: number(),
      shard: number(),
      page: string().optional(),
      checked: number(),
      casesAffected: number(),
      deadlinesMoved: number(),
      deadlinesConfirmed: number(),
      examples: list(
        map({
          caseId: string(),
          caseNumber: string(),
          key: string(),
          labelZh: string(),
          responsible: string(),
          responsibleZh: string(),
          fromDue: string(),
          toDue: string(),
          fromProvisional: boolean(),
        }),
      ),
      createdAt: string(),
      updatedAt: string(),
      finishedAt: string().optional(),
    }),
  });

  /** INBOX#recipient / at#id: a notice kept for its recipient; the id is deterministic per event. */
  const notification = new Entity({
    name: 'Notification',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      id: string(),
      at: string(),
      recipient: string(),
      caseId: string().optional(),
      kind: string(),
      subjectZh: string(),
      bodyZh: string(),
    }),
  });

  /**
   * CALWAIT / <year>#<caseId>#<key>: a deadline whose last day has ended on a provisional date
   * and waits for that year's official calendar; administrators are alerted daily until it is loaded.
   */
  const calendarWait = new Entity({
    name: 'CalendarWait',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      year: number(),
      caseId: string(),
      caseNumber: string(),
      bodyId: string(),
      key: string(),
      dueDate: string(),
    }),
  });

  return {
    table,
    documentClient,
    caseEvent,
    caseProjection,
    caseListItem,
    workflowLink,
    counter,
    idempotency,
    calendarYear,
    calendarJob,
    calendarPreview,
    notification,
    calendarWait,
  };
}

export type CaseTable = ReturnType<typeof defineTable>;
