import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { z } from 'zod';
import { apiRoutes, type ApiRouteGroup } from './api-route.js';
import type { OpenApiDocument } from './openapi-document.js';

/** What the documentation routes serve: the API's document and where its reference page lives. */
export interface ApiDocsContext {
  document: () => OpenApiDocument;
  /** The API's base path (`/api/admin`): the page loads `${basePath}/openapi.json` and its assets from beside it. */
  basePath: string;
  title: string;
}

/** Where `createApiDocsAssetsRouter` is mounted, relative to the API's base path. */
export const API_DOCS_ASSETS_PATH = '/docs/assets';
// Only what the page loads; the package also holds an OAuth redirect page and source maps we do not serve.
const SWAGGER_UI_FILES = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png']);

const route = apiRoutes<ApiDocsContext>();

/** `GET /openapi.json` and `GET /docs` (the reference page), public: the contract is no secret, it holds no data. */
export const apiDocsRoutes: ApiRouteGroup<ApiDocsContext> = {
  prefix: '',
  tag: { name: 'Documentation', description: 'This document and its reference page' },
  routes: [
    route({
      method: 'get',
      path: '/openapi.json',
      operationId: 'getOpenApiDocument',
      summary: 'This OpenAPI 3.1 document',
      description: 'Clients generate their types from it (`npm run openapi` writes the same document to a file).',
      access: 'public',
      response: z.record(z.string(), z.unknown()),
      handler: async (_input, { document }) => ({ ...document() }),
    }),
    route({
      method: 'get',
      path: '/docs',
      operationId: 'getApiReference',
      summary: 'The reference page of this API',
      description: 'A readable page rendered in the browser from this document; every file is served from here.',
      access: 'public',
      response: z.string(),
      responseType: 'text/html',
      handler: async (_input, { basePath, title }) => renderReferencePage(basePath, title),
    }),
  ],
};

/**
 * Serves the reference page's files from the installed `swagger-ui-dist` package (no CDN: it works offline and under
 * helmet's default Content-Security-Policy, since the page has no inline script). Mount at `${basePath}/docs/assets`.
 */
export function createApiDocsAssetsRouter(): Router {
  const dir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const serveFile = express.static(dir, { index: false, maxAge: '1h' });
  const router = express.Router();
  // Middleware rather than routes: these are files, not operations of the API.
  router.use((req, res, next) => {
    const file = req.path.slice(1);
    if (req.method !== 'GET' && req.method !== 'HEAD') next();
    else if (file === 'init.js') res.type('text/javascript').send(INIT_SCRIPT);
    else if (SWAGGER_UI_FILES.has(file)) void serveFile(req, res, next);
    else next();
  });
  return router;
}

function renderReferencePage(basePath: string, title: string): string {
  const assets = `${basePath}${API_DOCS_ASSETS_PATH}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="${assets}/favicon-32x32.png" />
    <link rel="stylesheet" href="${assets}/swagger-ui.css" />
  </head>
  <body>
    <div id="api-reference" data-document="${basePath}/openapi.json"></div>
    <script src="${assets}/swagger-ui-bundle.js"></script>
    <script src="${assets}/init.js"></script>
  </body>
</html>
`;
}

// The page's only script of our own, served as a file: helmet's CSP allows no inline script.
const INIT_SCRIPT = `'use strict';
(function () {
  var element = document.getElementById('api-reference');
  window.ui = SwaggerUIBundle({
    url: element.getAttribute('data-document'),
    domNode: element,
    deepLinking: true,
    // Requests from "Try it out" carry the session cookie; unsafe ones also need the CSRF token (Authorize: csrf).
    withCredentials: true,
    validatorUrl: null,
    defaultModelsExpandDepth: 0,
  });
})();
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
