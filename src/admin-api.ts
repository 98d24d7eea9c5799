import {
  adminApi,
  conversationsApi,
  createAdminApi,
  createAdminApiDocument,
  flowsApi,
  handoffsApi,
  settingsApi,
  statsApi,
  understandingApi,
  type AdminAuth,
} from './admin/index.js';
import type { ApiModule } from './platform/api-route.js';
import type { ApiRouterOptions } from './platform/api-router.js';
import type { OpenApiDocument } from './platform/openapi-document.js';
import { announcementsAdminApi } from './announcements/index.js';
import { citizensAdminApi } from './citizens/index.js';
import { feedbackAdminApi } from './feedback/index.js';
import { lgspAdminApi } from './lgsp/index.js';
import { outboxAdminApi } from './outbox/index.js';
import { zaloAdminApi } from './zalo/index.js';

/**
 * Every module's admin routes. A module with admin routes exports an `ApiModule` from its index.ts and is added here
 * once: the router (`composeAdminApi`) and the document (`describeAdminApi`, `npm run openapi`) both read this list.
 */
const ADMIN_API_MODULES = {
  admin: adminApi,
  flows: flowsApi,
  conversations: conversationsApi,
  handoffs: handoffsApi,
  settings: settingsApi,
  understanding: understandingApi,
  zalo: zaloAdminApi,
  effects: outboxAdminApi,
  lgsp: lgspAdminApi,
  feedback: feedbackAdminApi,
  announcements: announcementsAdminApi,
  stats: statsApi,
  citizens: citizensAdminApi,
};

/** What each module's admin routes need, by module. */
export type AdminApiModulesDeps = {
  [K in keyof typeof ADMIN_API_MODULES]: (typeof ADMIN_API_MODULES)[K] extends ApiModule<infer Deps> ? Deps : never;
};

/** The admin API of every module: the router to mount at `/api/admin` and the document it serves. */
export function composeAdminApi(
  auth: AdminAuth,
  deps: AdminApiModulesDeps,
  options: ApiRouterOptions = {},
): ReturnType<typeof createAdminApi> {
  const modules = ADMIN_API_MODULES;
  return createAdminApi(
    [
      ...modules.admin.bind(deps.admin),
      ...modules.flows.bind(deps.flows),
      ...modules.conversations.bind(deps.conversations),
      ...modules.handoffs.bind(deps.handoffs),
      ...modules.settings.bind(deps.settings),
      ...modules.understanding.bind(deps.understanding),
      ...modules.zalo.bind(deps.zalo),
      ...modules.effects.bind(deps.effects),
      ...modules.lgsp.bind(deps.lgsp),
      ...modules.feedback.bind(deps.feedback),
      ...modules.announcements.bind(deps.announcements),
      ...modules.stats.bind(deps.stats),
      ...modules.citizens.bind(deps.citizens),
    ],
    auth,
    options,
  );
}

/** The admin API's OpenAPI document, without starting anything (same as `GET /api/admin/openapi.json`). */
export function describeAdminApi(): OpenApiDocument {
  return createAdminApiDocument(Object.values(ADMIN_API_MODULES).flatMap((module) => module.groups));
}
