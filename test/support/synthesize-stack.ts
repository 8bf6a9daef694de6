import { writeFileSync } from 'node:fs';
import { synthesize } from './synthesized-stack';

/** `node --import tsx test/support/synthesize-stack.ts <outdir> <file>`: the run's one synthesis. */
const [outdir, file] = process.argv.slice(2);
if (!outdir || !file) throw new Error('usage: synthesize-stack.ts <outdir> <file>');
writeFileSync(file, JSON.stringify(await synthesize(outdir)));
