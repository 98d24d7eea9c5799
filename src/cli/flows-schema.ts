// `npm run flows:schema`: writes flows/flow.schema.json, the JSON Schema editors use to autocomplete flow files.
import fs from 'node:fs';
import path from 'node:path';
import { flowJsonSchema } from '../conversation/index.js';
import { createShippedInputTypes } from '../shipped-input-types.js';

const target = path.resolve(process.argv[2] ?? 'flows/flow.schema.json');
const schema = {
  $id: 'https://zalo-egov.invalid/flow.schema.json',
  title: 'zalo-egov flow',
  ...flowJsonSchema(createShippedInputTypes().inputSchema()),
};
let text = `${JSON.stringify(schema, null, 2)}\n`;
try {
  // Formatted like the rest of the repository when prettier (a dev dependency) is installed, so `npm run lint` passes.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(target)) ?? {};
  text = await prettier.format(text, { ...options, filepath: target });
} catch {
  // Without prettier the plain JSON is just as valid.
}
fs.writeFileSync(target, text);
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
