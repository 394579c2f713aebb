import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeAllRegisterFields } from '../core/registers/field-docs';
import { EVERY_REGISTER } from '../core/registers/registry';

// `npm run docs:registers`: rewrites docs/registers.md from the register declarations.
const file = join(import.meta.dirname, '..', 'docs', 'registers.md');
await writeFile(file, describeAllRegisterFields(EVERY_REGISTER));
console.log(`Wrote ${file}`);
