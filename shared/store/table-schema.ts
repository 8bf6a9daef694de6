/**
 * The single table's key schema, shared by CDK (AWS), the local runtime (dynalite) and the
 * dynamodb-toolbox entities, so the three cannot drift.
 */
export const tableKeys = { partitionKey: 'pk', sortKey: 'sk' } as const;

export const tableIndexes = {
  /**
   * Every list a person opens, on slim summary items: the key names who may see it
   * (MINE#<user>, QUEUE#<body>[#<stage>], RESPONDENT#<agency>, COMMITTEE#<user>, OVERDUE#<body>, DUESOON#<body>)
   * and sorts by what the list is ordered by. No global key: access is part of the key.
   */
  lists: { partitionKey: 'listPk', sortKey: 'listSk' },
  /**
   * The same queue item, a second time, by stage: QUEUE#<body>#<stage> → nextDue#caseId. A second
   * key on one item costs no second write when a case moves (the item is rewritten anyway).
   */
  stageQueues: { partitionKey: 'stagePk', sortKey: 'stageSk' },
  /**
   * Open cases for the reconciler and background jobs, on the case's first event (so a case is
   * found as soon as it exists, whatever else a crash left unwritten): OPEN#<shard> → caseId.
   */
  openCases: { partitionKey: 'openPk', sortKey: 'openSk' },
} as const;

export type IndexName = keyof typeof tableIndexes;

/** Open cases are spread over this many partitions, so no one key is hot. */
export const openShards = 16;

/**
 * The partition of calendar-load previews (a dry run's progress and findings). The preview job
 * reads the cases and may write only here: its IAM grant is conditioned on this leading key.
 */
export const calendarPreviewPartition = 'CALPREVIEWS';
