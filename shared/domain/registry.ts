import { builtInProcedures } from '../procedures';
import type { CaseEnvelope } from './case';
import type { ProcedureModule } from './procedure';

let registry: Map<string, ProcedureModule> | undefined;

// Built lazily: procedure modules import the engine, and the engine reaches them only through here.
const modules = () => {
  registry ??= new Map(builtInProcedures.map((m) => [m.id, m]));
  return registry;
};

/** Adds a procedure module (the built-in ones are registered already). */
export function registerProcedure<S extends CaseEnvelope>(module: ProcedureModule<S>): void {
  modules().set(module.id, module as unknown as ProcedureModule);
}

export function registeredProcedures(): ProcedureModule[] {
  return [...modules().values()];
}

export function hasProcedure(id: string): boolean {
  return modules().has(id);
}

/** The module owning a case (or a filing); an unknown id is a programming error. */
export function procedureOf(id: string): ProcedureModule {
  const module = modules().get(id);
  if (!module) throw new Error(`no procedure module '${id}' is registered`);
  return module;
}

/** The procedure a filing goes to when it names none (online filing started with reconsideration). */
export const defaultProcedureId = () => builtInProcedures[0]?.id ?? '';
