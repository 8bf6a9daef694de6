import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProcedureDefinition } from '../shared/domain/procedure';
import { builtInProcedures } from '../shared/procedures';
import { generateAsl } from './definition';

/** The procedures the one state machine serves (named in its Comment; the stage is data). */
export const registeredProcedures: readonly ProcedureDefinition[] = builtInProcedures.map(
  (m) => m.definition,
);

/** The ASL that CDK deploys and the local runtime runs. */
export const aslFilePath = fileURLToPath(new URL('./case.asl.json', import.meta.url));

export const renderAsl = (definition: object) => `${JSON.stringify(definition, null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(aslFilePath, renderAsl(generateAsl(registeredProcedures)));
  console.log(`wrote ${aslFilePath}`);
}
