/**
 * The store's errors, apart from the store itself: the API layer maps them to problem+json
 * without loading the store (and dynamodb-toolbox) at a function's init.
 */

/** Another writer appended the same sequence number first: the caller saw a stale version. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(
    readonly caseId: string,
    readonly seq: number,
  ) {
    super(`case ${caseId}: event ${seq} already exists`);
  }
}
