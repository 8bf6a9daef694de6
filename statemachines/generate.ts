import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reconsiderationProcedure } from '../shared/procedures/reconsideration/definition';
import { generateAsl } from './definition';

export const aslFiles = [
  {
    path: fileURLToPath(new URL('./reconsideration.asl.json', import.meta.url)),
    procedure: reconsiderationProcedure,
  },
];

export const renderAsl = (definition: object) => `${JSON.stringify(definition, null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const f of aslFiles) {
    writeFileSync(f.path, renderAsl(generateAsl(f.procedure)));
    console.log(`wrote ${f.path}`);
  }
}
