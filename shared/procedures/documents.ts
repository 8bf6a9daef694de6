import type { ProcedureDocuments } from '../domain/documents';
import { reconsiderationDocuments } from './reconsideration/documents';

/**
 * The documents of each procedure, by procedure id: kept apart from the procedure modules so that
 * only the function serving documents bundles the templates (the cases function never needs them).
 */
const byProcedure: Readonly<Record<string, ProcedureDocuments>> = {
  reconsideration: reconsiderationDocuments as unknown as ProcedureDocuments,
};

/** The documents of a procedure; one without documents issues none. */
export function documentsOf(procedureId: string): ProcedureDocuments | undefined {
  return byProcedure[procedureId];
}
