// `npm run openapi [file]`: writes the admin API's OpenAPI 3.1 document (default openapi/admin-api.json), the same one
// the server serves at /api/admin/openapi.json, for generating typed clients (the admin UI) without starting a server.
import fs from 'node:fs';
import path from 'node:path';
import { describeAdminApi } from '../admin-api.js';

const target = path.resolve(process.argv[2] ?? 'openapi/admin-api.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, `${JSON.stringify(describeAdminApi(), null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
