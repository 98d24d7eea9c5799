// `npm start [web|worker|all]`: the quick start. Installs dependencies if needed, then runs the server from source on
// embedded defaults (sandbox Zalo and LGSP, PGlite under ./data, a private redis-server if none answers), building the
// admin web UI first when its build is missing or stale.
import { spawn } from 'node:child_process';
import { ensureAdminBuild } from './admin-build.mjs';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
if (process.argv[2] !== 'worker' && !ensureAdminBuild()) process.exit(1);
const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { REDIS_AUTOSTART: 'true', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
