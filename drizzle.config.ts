import { defineConfig } from 'drizzle-kit';

// Every module keeps its tables in its own schema.ts; migrations are generated into migrations/ for both engines.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/*/schema.ts',
  out: './migrations',
});
