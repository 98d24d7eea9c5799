import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describeAdminApi } from '../../src/admin-api.js';
import type { OpenApiDocument } from '../../src/platform/openapi-document.js';

/**
 * Admin routes mounted but not declared with the route mechanism, so absent from the document. None today: the
 * coverage test fails when this list is not exactly what is missing, so nothing can slip in undeclared.
 */
export const ADMIN_ROUTES_PENDING_CONTRACT: readonly string[] = [];

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

// ajv-formats is CommonJS with a default export; under NodeNext its type is the module object.
const addFormats = addFormatsModule.default;

/** Checks real answers of the admin API against the OpenAPI document (not the zod schemas it was made from). */
export class AdminApiContract {
  readonly document: OpenApiDocument;
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly templates: { method: string; template: string; pattern: RegExp; params: number }[] = [];

  constructor(document: OpenApiDocument = describeAdminApi()) {
    this.document = document;
    addFormats(this.ajv);
    // Registered whole, under the id the pointers below use: `#/components/...` references resolve against it.
    this.ajv.addSchema(JSON.parse(JSON.stringify(document)), 'admin-api');
    for (const [template, item] of Object.entries(document.paths ?? {})) {
      const pattern = new RegExp(`^${template.replace(/\{[^/}]+\}/g, '[^/]+')}$`);
      const params = (template.match(/\{/g) ?? []).length;
      for (const method of METHODS) if (item[method]) this.templates.push({ method, template, pattern, params });
    }
    // Static segments win over parameters (`/flows/templates` before `/flows/{id}`), as in the router.
    this.templates.sort((a, b) => a.params - b.params);
  }

  /** `METHOD /path/{param}` of every operation. */
  operations(): string[] {
    return this.templates.map((entry) => `${entry.method.toUpperCase()} ${entry.template}`);
  }

  /** The operation answering `method path` (a concrete path like `/api/admin/accounts/1f…`), if any. */
  findOperation(method: string, path: string): string | undefined {
    const found = this.templates.find((entry) => entry.method === method.toLowerCase() && entry.pattern.test(path));
    return found?.template;
  }

  /**
   * What is wrong with an answer, by the document: an empty list when the status is declared for the operation (or
   * is a 500) and the body matches the declared content. A 404 for a path with no operation is the app's own
   * NOT_FOUND problem.
   */
  check(answer: { method: string; url: string; status: number; contentType: string; body: unknown }): string[] {
    const path = new URL(answer.url, 'http://localhost').pathname;
    const template = this.findOperation(answer.method, path);
    const where = `${answer.method} ${path} → ${answer.status}`;
    if (template === undefined) {
      if (ADMIN_ROUTES_PENDING_CONTRACT.some((route) => this.matches(route, answer.method, path))) return [];
      if (answer.status === 404) return this.validate('#/components/schemas/Problem', answer.body, where);
      return [`${where}: no operation in the document`];
    }
    const operation = this.document.paths?.[template]?.[lower(answer.method)];
    const declared = operation?.responses?.[String(answer.status)] ?? (answer.status === 500 ? 'default' : undefined);
    if (declared === undefined) return [`${where}: status not declared for ${answer.method} ${template}`];
    const key = declared === 'default' ? 'default' : String(answer.status);
    const response = operation?.responses?.[key];
    const content = response && 'content' in response ? response.content : undefined;
    const mediaType = answer.contentType.split(';')[0]?.trim() ?? '';
    if (!content) return answer.status === 204 ? [] : [`${where}: a body where the document declares none`];
    if (!content[mediaType])
      return [`${where}: content type ${mediaType}, declared ${Object.keys(content).join(', ')}`];
    const pointer = `#/paths/${escapePointer(template)}/${lower(answer.method)}/responses/${key}/content/${escapePointer(mediaType)}/schema`;
    return this.validate(pointer, answer.body, where);
  }

  /** Throws with the differences when `check` finds any. */
  expectToMatch(answer: Parameters<AdminApiContract['check']>[0]): void {
    const problems = this.check(answer);
    if (problems.length > 0)
      throw new Error(`The answer does not match the admin API document:\n${problems.join('\n')}`);
  }

  private matches(route: string, method: string, path: string): boolean {
    const [routeMethod, template = ''] = route.split(' ');
    return (
      routeMethod === method.toUpperCase() && new RegExp(`^${template.replace(/\{[^/}]+\}/g, '[^/]+')}$`).test(path)
    );
  }

  private validate(pointer: string, body: unknown, where: string): string[] {
    let validator = this.validators.get(pointer);
    if (!validator) {
      validator = this.ajv.compile({ $ref: `admin-api${pointer}` });
      this.validators.set(pointer, validator);
    }
    if (validator(body)) return [];
    return (validator.errors ?? []).map(
      (error) => `${where}: ${error.instancePath || '(body)'} ${error.message ?? ''}`,
    );
  }
}

/** The contract of the admin API as `npm run openapi` writes it, shared by the tests of one file. */
export const adminApiContract = new AdminApiContract();

function lower(method: string): (typeof METHODS)[number] {
  const found = METHODS.find((candidate) => candidate === method.toLowerCase());
  if (!found) throw new Error(`unexpected method ${method}`);
  return found;
}

// JSON Pointer (~0, ~1), then URI-encoded: the pointer sits in a $ref's fragment, where `{`, `}` are not allowed.
function escapePointer(segment: string): string {
  return encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'));
}
