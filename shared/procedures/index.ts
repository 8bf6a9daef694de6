import type { ProcedureModule } from '../domain/procedure';
import { reconsideration } from './reconsideration';

/** The procedure modules of the product, the first being the default of a filing that names none. */
export const builtInProcedures: readonly ProcedureModule[] = [reconsideration as unknown as ProcedureModule];
