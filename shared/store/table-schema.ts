/**
 * The single table's key schema, shared by CDK (AWS), the local runtime (dynalite) and the
 * dynamodb-toolbox entities, so the three cannot drift.
 */
export const tableKeys = { partitionKey: 'pk', sortKey: 'sk' } as const;

export const tableIndexes = {
  /** "My cases": APPLICANT#<userId> → filedAt#caseId. */
  byApplicant: { partitionKey: 'applicantPk', sortKey: 'applicantSk' },
  /** Work queue: BODY#<bodyId>#STAGE#<stage> → nextDue#caseId. */
  byQueue: { partitionKey: 'queuePk', sortKey: 'queueSk' },
  /** Open cases (sparse; for the reconciler): OPEN → caseId. */
  openCases: { partitionKey: 'openPk', sortKey: 'openSk' },
  /** Open deadlines by due date (sparse): DUE → dueDate#caseId#deadlineKey. */
  dueDeadlines: { partitionKey: 'duePk', sortKey: 'dueSk' },
  /** Respondent agency's cases: RESPONDENT#<agencyId> → filedAt#caseId. */
  byRespondent: { partitionKey: 'respondentPk', sortKey: 'respondentSk' },
} as const;

export type IndexName = keyof typeof tableIndexes;
