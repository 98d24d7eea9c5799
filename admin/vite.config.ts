import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const NO_CODE_HIGHLIGHTER = fileURLToPath(new URL('src/vendor/no-code-highlighter.ts', import.meta.url));

// The admin single-page app, served by the server at /admin (src/admin-ui.ts). Every asset is bundled: no CDN.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [react()],
  resolve: {
    // codemirror-json-schema highlights code in schema descriptions with shiki: not needed (see the stub).
    alias: [{ find: /^(shiki|@shikijs\/markdown-it)\/.*$/, replacement: NO_CODE_HIGHLIGHTER }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Sign-in must stay light on an office PC: the editor (CodeMirror) is its own chunk, loaded with the flow screen.
    chunkSizeWarningLimit: 900,
  },
  server: {
    // `npx vite admin` during development: the API stays on the running server.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
