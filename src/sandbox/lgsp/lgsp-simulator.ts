import { getPath, setPath } from '../../kernel/index.js';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import multer from 'multer';
import { z } from 'zod';
import type { Logger } from '../../platform/logger.js';
import {
  convertBusinessToRaw,
  convertDossierToRaw,
  convertFeedbackCategoryToRaw,
  convertFeedbackTicketToRaw,
  convertProcedureSummaryToRaw,
  convertProcedureToRaw,
  convertUnitToRaw,
  convertUploadToRaw,
  parseDateTime,
  type DossierRecord,
  dossierStatusSchema,
  type DossierStatus,
  feedbackStatusSchema,
  type FeedbackStatus,
  type FeedbackTicket,
  getShippedProfile,
  serviceNameSchema,
  type Profile,
  type ServiceMapping,
  type ServiceName,
} from '../../lgsp/index.js';
import { loadSandboxData, type SandboxData } from './sandbox-data.js';

/** Knobs that make the simulated LGSP misbehave, for tests and demos. */
export const lgspFaultsSchema = z.object({
  /** Added to every answer, in milliseconds. */
  latencyMs: z.number().int().min(0).max(120_000).default(0),
  /** Share of service calls (0..1) answered with `status` instead of data. */
  errorRate: z.number().min(0).max(1).default(0),
  /** HTTP status of the injected errors. Default 500. */
  status: z.number().int().min(400).max(599).default(500),
  /** The next N service calls fail with `status`, whatever errorRate says (deterministic tests). */
  failNext: z.number().int().min(0).default(0),
  /** The gateway answers 503 to everything, token endpoint included. */
  down: z.boolean().default(false),
  /** Revokes every token issued so far (one-shot: the next call with an old token gets 401 900901). */
  expireTokens: z.boolean().default(false),
  /** Service calls answer 200 with a body that does not fit the contract. */
  malformed: z.boolean().default(false),
});
export type LgspFaults = z.infer<typeof lgspFaultsSchema>;

export interface LgspSimulatorOptions {
  consumerKey: string;
  consumerSecret: string;
  logger: Logger;
  clock?: () => Date;
  /** The dialect the simulator speaks. Default: the reference profile. */
  profile?: Profile;
  /** Expected `lgspaccesstoken` content for profiles of that auth style; unset → any well-formed header is accepted. */
  accessToken?: { accessKey: string; secretKey: string; appName: string; partnerCode: string };
  /** Lifetime of issued tokens, in seconds. Default 3600. */
  tokenTtlSeconds?: number;
  /** Time a feedback ticket spends in each status before it moves on, in milliseconds. Default 15 minutes. */
  feedbackStepMs?: number;
}

export interface LgspSimulator {
  /** Mount at `/sandbox/lgsp`: token endpoint at `/token`, the profile's service paths below. */
  router: Router;
  faults: {
    set(patch: Partial<LgspFaults>): LgspFaults;
    reset(): void;
    current(): LgspFaults;
  };
  /** Counters for assertions: tokens issued, service calls served (by service), feedback tickets created. */
  stats(): { tokensIssued: number; calls: Partial<Record<ServiceName, number>>; feedbackTickets: number };
  /** Moves a dossier to a new status, appending a processing step (as an official's action would). */
  setDossierStatus(code: string, status: DossierStatus, action?: string): boolean;
  /** Decides a feedback ticket as the province's officials would (an answer, a rejection…); false when unknown. */
  setFeedbackStatus(lgspId: string, status: FeedbackStatus, answer?: string): boolean;
  data: SandboxData;
  profile: Profile;
}

/** A file uploaded with `TaiTep`: what the province's system would keep, and a digest for tests to compare. */
interface Upload {
  fileId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

interface Ticket {
  requestId: string;
  lgspId: string;
  agency: string;
  submittedAt: number;
  answer: string;
  categoryCode: string;
  /** The sender's name and phone, when the citizen shared them (what the province's officials would see). */
  sender: { name?: string; phone?: string } | null;
  /** Accepted submissions carrying this ticket's MaYeuCau (more than one: a retry the LGSP deduplicated). */
  submissions: number;
  /** The uploaded files (`TaiTep`) the first accepted submission named, in order. */
  attachments: Upload[];
  /** `DiaDiem` of the first accepted submission, as sent. */
  location: Record<string, unknown> | null;
  /** Set by an official's action in the simulator (`setFeedbackStatus`): wins over the advance with time. */
  decided?: { status: FeedbackStatus; answer: string | null; at: number };
}

const tokenRequestSchema = z.object({ grant_type: z.literal('client_credentials') });
const accessTokenHeaderSchema = z.object({
  AccessKey: z.string(),
  SecretKey: z.string(),
  AppName: z.string(),
  PartnerCode: z.string(),
});
const GENERIC_ANSWER = 'Cơ quan chức năng đã kiểm tra và xử lý nội dung phản ánh. Cảm ơn ông/bà đã phản ánh.';
const ACCEPTED_UPLOADS = ['image/jpeg', 'image/png', 'application/pdf'];
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Lowercase, without diacritics (đ → d): how the simulated search matches words. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A simulated provincial LGSP speaking one mapping profile, with realistic data and fault knobs. */
export function createLgspSimulator(options: LgspSimulatorOptions): LgspSimulator {
  const clock = options.clock ?? (() => new Date());
  const profile = options.profile ?? getShippedProfile('reference');
  const tokenTtlSeconds = options.tokenTtlSeconds ?? 3600;
  const feedbackStepMs = options.feedbackStepMs ?? 15 * 60_000;
  const data = loadSandboxData(clock());
  const logger = options.logger.child({ module: 'lgsp-simulator' });
  let faults = lgspFaultsSchema.parse({});
  const tokens = new Map<string, number>();
  let tokensIssued = 0;
  const calls: Partial<Record<ServiceName, number>> = {};
  const uploads = new Map<string, Upload>();
  const tickets = new Map<string, Ticket>();
  for (const seed of data.tickets) {
    tickets.set(seed.requestId, {
      requestId: seed.requestId,
      lgspId: seed.lgspId,
      agency: seed.agency,
      submittedAt: clock().getTime() - seed.submittedDaysAgo * 86_400_000,
      answer: seed.answer,
      categoryCode: seed.categoryCode,
      sender: null,
      submissions: 1,
      attachments: [],
      location: null,
    });
  }
  let ticketSeq = 4500;

  const router = express.Router();
  router.use(express.json({ limit: '1mb' }));
  router.use(express.urlencoded({ extended: false }));

  const delay = async () => {
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
  };

  // What the phone page's and the start banner's link opens: what this simulator is and what it can do.
  router.get('/', (_req, res) => {
    res.json({
      simulator: 'LGSP (sandbox): the provincial data-sharing platform, simulated',
      profile: profile.name,
      readme: 'src/sandbox/lgsp/README.md',
      controls: {
        faults: 'GET/POST /sandbox/lgsp/_faults {"down":true} | {"latencyMs":2000} | {}',
        dossierStatus: 'POST /sandbox/lgsp/_dossiers/<code>/status {"status":"processed"}',
      },
      dossiers: data.dossiers.map((d) => ({ code: d.code, status: d.status })),
      businesses: data.businesses.map((b) => ({ taxCode: b.taxCode, name: b.name })),
    });
  });

  router.get('/_faults', (_req, res) => {
    res.json(faults);
  });
  router.post('/_faults', (req, res) => {
    res.json(setFaults(lgspFaultsSchema.partial().parse(req.body ?? {})));
  });
  router.post('/_dossiers/:code/status', (req, res) => {
    const body = z.object({ status: dossierStatusSchema, action: z.string().optional() }).parse(req.body);
    const code = z.string().parse(req.params.code);
    if (!setDossierStatus(code, body.status, body.action)) res.status(404).json({ message: 'no such dossier' });
    else res.json({ ok: true });
  });

  router.get('/_feedback', (_req, res) => {
    res.json({
      items: [...tickets.values()].map((ticket) => ({
        requestId: ticket.requestId,
        lgspId: ticket.lgspId,
        categoryCode: ticket.categoryCode,
        status: ticketView(ticket).status,
        sender: ticket.sender,
        submissions: ticket.submissions,
        attachments: ticket.attachments,
        location: ticket.location,
      })),
    });
  });
  router.post('/_feedback/:lgspId/status', (req, res) => {
    const body = z
      .object({ status: feedbackStatusSchema, answer: z.string().min(1).max(5000).optional() })
      .parse(req.body);
    const lgspId = z.string().parse(req.params.lgspId);
    if (!setFeedbackStatus(lgspId, body.status, body.answer)) res.status(404).json({ message: 'no such ticket' });
    else res.json({ ok: true });
  });

  router.post('/token', async (req, res) => {
    await delay();
    if (faults.down) {
      res.status(503).json({ code: '101503', message: 'Runtime Error', description: 'Service unavailable' });
      return;
    }
    const [scheme, encoded] = (req.get('authorization') ?? '').split(' ');
    const [key, ...secretParts] = Buffer.from(encoded ?? '', 'base64')
      .toString('utf8')
      .split(':');
    const valid = scheme === 'Basic' && key === options.consumerKey && secretParts.join(':') === options.consumerSecret;
    if (!valid || !tokenRequestSchema.safeParse(req.body).success) {
      res.status(401).json({ code: '900901', message: 'Invalid Credentials', description: 'Invalid Credentials' });
      return;
    }
    const token = randomBytes(16).toString('hex');
    tokens.set(token, clock().getTime() + tokenTtlSeconds * 1000);
    tokensIssued += 1;
    res.json({
      access_token: token,
      scope: 'am_application_scope default',
      token_type: 'Bearer',
      expires_in: tokenTtlSeconds,
    });
  });

  // The gateway's checks, in its order: up, authenticated, then the injected faults.
  const gateway = (service: ServiceName, handle: (req: Request) => unknown) => async (req: Request, res: Response) => {
    await delay();
    calls[service] = (calls[service] ?? 0) + 1;
    if (faults.down) {
      res.status(503).json({ code: '101503', message: 'Runtime Error', description: 'Service unavailable' });
      return;
    }
    const bearer = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    const expiresAt = bearer === undefined ? undefined : tokens.get(bearer);
    if (expiresAt === undefined || expiresAt <= clock().getTime()) {
      res
        .status(401)
        .json({ code: '900901', message: 'Invalid Credentials', description: 'Access token expired or invalid' });
      return;
    }
    if (profile.auth.style === 'lgspaccesstoken' && !acceptsAccessTokenHeader(req.get('lgspaccesstoken'))) {
      res.status(401).json({ code: '900902', message: 'Missing Credentials', description: 'lgspaccesstoken' });
      return;
    }
    if (faults.failNext > 0 || (faults.errorRate > 0 && Math.random() < faults.errorRate)) {
      if (faults.failNext > 0) faults = { ...faults, failNext: faults.failNext - 1 };
      res.status(faults.status).json({ code: String(faults.status), message: 'Injected fault' });
      return;
    }
    if (faults.malformed) {
      res.json({ unexpected: true, [servicesOf(service).resultPath.split('.')[0] ?? 'result']: [{ oops: 1 }] });
      return;
    }
    try {
      const payload = handle(req);
      if (payload instanceof Rejection) {
        res.status(400).json(envelope(servicesOf(service), undefined, '01', payload.message));
        return;
      }
      res.json(payload);
    } catch (error) {
      if (error instanceof z.ZodError) {
        res.status(400).json({ error_code: '01', message: 'Tham số không hợp lệ' });
        return;
      }
      logger.error({ err: error, service }, 'simulator handler failed');
      res.status(500).json({ error_code: '99', message: 'Lỗi hệ thống' });
    }
  };

  function acceptsAccessTokenHeader(header: string | undefined): boolean {
    if (!header) return false;
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
    } catch {
      return false;
    }
    const parsed = accessTokenHeaderSchema.safeParse(decoded);
    if (!parsed.success) return false;
    const expected = options.accessToken;
    return (
      expected === undefined ||
      (parsed.data.AccessKey === expected.accessKey &&
        parsed.data.SecretKey === expected.secretKey &&
        parsed.data.AppName === expected.appName &&
        parsed.data.PartnerCode === expected.partnerCode)
    );
  }

  function servicesOf(service: ServiceName): ServiceMapping {
    const mapping = profile.services[service];
    if (!mapping) throw new Error(`profile ${profile.name} has no ${service}`);
    return mapping;
  }

  function envelope(mapping: ServiceMapping, result: unknown, code?: string, message?: string, total?: number) {
    let body: Record<string, unknown> = {};
    if (mapping.codePath) body = setPath(body, mapping.codePath, code ?? profile.successCodes[0]);
    if (mapping.codePath) body.message = message ?? 'Thành công';
    if (mapping.totalPath && total !== undefined) body = setPath(body, mapping.totalPath, total);
    return setPath(body, mapping.resultPath, result ?? null);
  }

  /** Reads our parameter `name` from the request, wherever the profile puts it (path, query or JSON body). */
  function param(req: Request, mapping: ServiceMapping, name: string): unknown {
    const theirs = mapping.params[name];
    if (theirs === undefined) return undefined;
    if (mapping.path.includes(`{${theirs}}`)) return req.params[theirs];
    return mapping.method === 'GET' ? req.query[theirs] : getPath(req.body, theirs);
  }

  const str = (value: unknown) => z.string().trim().min(1).parse(value);
  const optionalStr = (value: unknown) => z.string().optional().parse(value);

  const handlers: Partial<Record<ServiceName, (req: Request, mapping: ServiceMapping) => unknown>> = {
    dossierGet: (req, mapping) => {
      const code = str(param(req, mapping, 'code'));
      const dossier = data.dossiers.find((d) => d.code.toLowerCase() === code.toLowerCase());
      const raw = dossier ? convertDossierToRaw(profile, dossier) : undefined;
      return envelope(mapping, mapping.resultIsList ? (raw ? [raw] : []) : (raw ?? null));
    },
    dossierListByPhone: (req, mapping) => {
      const phone = str(param(req, mapping, 'phone'));
      const from = parseDateTime(optionalStr(param(req, mapping, 'from')), profile.dateTimeFormat) ?? null;
      const found = data.dossiers
        .filter((d) => d.ownerPhone === phone)
        .filter((d) => from === null || d.receivedAt === null || d.receivedAt >= from)
        .map((d) => convertDossierToRaw(profile, { ...d, history: [] }));
      return envelope(mapping, found);
    },
    procedureSearch: (req, mapping) => {
      const words = fold(optionalStr(param(req, mapping, 'words')) ?? '')
        .split(/\s+/)
        .filter(Boolean);
      const page = z.coerce
        .number()
        .int()
        .min(1)
        .default(1)
        .parse(param(req, mapping, 'page'));
      const size = z.coerce
        .number()
        .int()
        .min(1)
        .max(50)
        .default(10)
        .parse(param(req, mapping, 'size'));
      const matches = data.procedures.filter((p) => {
        const haystack = fold(`${p.name} ${p.fieldName} ${p.code}`);
        return words.every((word) => haystack.includes(word));
      });
      const items = matches.slice((page - 1) * size, page * size).map((p) =>
        convertProcedureSummaryToRaw(profile, {
          code: p.code,
          name: p.name,
          fieldName: p.fieldName,
          level: p.level,
          mode: p.mode,
        }),
      );
      return envelope(mapping, items, undefined, undefined, matches.length);
    },
    procedureGet: (req, mapping) => {
      const code = str(param(req, mapping, 'code'));
      const found = data.procedures.find((p) => p.code === code);
      return envelope(mapping, found ? convertProcedureToRaw(profile, found) : null);
    },
    businessGet: (req, mapping) => {
      const taxCode = str(param(req, mapping, 'taxCode'));
      const found = data.businesses.find((b) => b.taxCode === taxCode);
      return envelope(mapping, found ? convertBusinessToRaw(profile, found) : null);
    },
    catalogue: (req, mapping) => {
      const catalogue = str(param(req, mapping, 'catalogue'));
      const parent = optionalStr(param(req, mapping, 'parent'));
      const list =
        catalogue === profile.catalogues.provinces
          ? data.provinces
          : catalogue === profile.catalogues.communes
            ? data.communes.filter((c) => parent === undefined || c.parentCode === parent)
            : undefined;
      if (list === undefined) return new Rejection('Danh mục không tồn tại');
      return envelope(
        mapping,
        list.map((unit) => convertUnitToRaw(profile, unit)),
      );
    },
    feedbackCategories: (_req, mapping) =>
      envelope(
        mapping,
        data.feedbackCategories.map((c) => convertFeedbackCategoryToRaw(profile, c)),
      ),
    feedbackSubmit: (req, mapping) => {
      const requestId = optionalStr(param(req, mapping, 'requestId'));
      const title = optionalStr(param(req, mapping, 'title'));
      const content = optionalStr(param(req, mapping, 'content'));
      const category = optionalStr(param(req, mapping, 'categoryCode'));
      const consent = param(req, mapping, 'consentToProcess');
      if (!requestId || !title || !content) return new Rejection('Thiếu mã yêu cầu, tiêu đề hoặc nội dung');
      if (!data.feedbackCategories.some((c) => c.code === category)) return new Rejection('Lĩnh vực không hợp lệ');
      if (consent !== true) return new Rejection('Cần có sự đồng ý xử lý dữ liệu cá nhân');
      const attachments =
        z
          .array(z.string())
          .optional()
          .parse(param(req, mapping, 'attachmentIds')) ?? [];
      if (attachments.some((id) => !uploads.has(id))) return new Rejection('Tệp đính kèm không tồn tại');
      let ticket = tickets.get(requestId);
      if (ticket) ticket.submissions += 1;
      else {
        ticketSeq += 1;
        ticket = {
          requestId,
          lgspId: `PA-${clock().getUTCFullYear()}-${String(ticketSeq).padStart(6, '0')}`,
          agency: 'UBND xã Yên Phong',
          submittedAt: clock().getTime(),
          answer: GENERIC_ANSWER,
          categoryCode: category ?? '',
          sender: senderOf(req, mapping),
          submissions: 1,
          attachments: attachments.flatMap((id) => uploads.get(id) ?? []),
          location: locationOf(req, mapping),
        };
        tickets.set(requestId, ticket);
      }
      const { lgspId, status } = ticketView(ticket);
      return envelope(mapping, convertFeedbackTicketToRaw(profile, { lgspId, status, agency: null, answer: null }));
    },
    feedbackStatus: (req, mapping) => {
      const lgspId = str(param(req, mapping, 'lgspId'));
      const ticket = [...tickets.values()].find((t) => t.lgspId === lgspId);
      return envelope(mapping, ticket ? convertFeedbackTicketToRaw(profile, ticketView(ticket)) : null);
    },
  };

  function locationOf(req: Request, mapping: ServiceMapping): Ticket['location'] {
    const fields = ['address', 'provinceCode', 'communeCode', 'latitude', 'longitude'] as const;
    const entries = fields
      .map((field) => [field, param(req, mapping, `location.${field}`)] as const)
      .filter(([, value]) => value !== undefined && value !== null);
    return entries.length === 0 ? null : Object.fromEntries(entries);
  }

  function senderOf(req: Request, mapping: ServiceMapping): Ticket['sender'] {
    const name = optionalStr(param(req, mapping, 'sender.name'));
    const phone = optionalStr(param(req, mapping, 'sender.phone'));
    return name || phone ? { ...(name ? { name } : {}), ...(phone ? { phone } : {}) } : null;
  }

  function ticketView(ticket: Ticket): FeedbackTicket {
    if (ticket.decided) {
      const { status, answer, at } = ticket.decided;
      return {
        lgspId: ticket.lgspId,
        status,
        agency: ticket.agency,
        answer:
          answer === null ? null : { text: answer, agency: ticket.agency, answeredAt: new Date(at).toISOString() },
      };
    }
    const elapsed = clock().getTime() - ticket.submittedAt;
    const step = Math.floor(elapsed / feedbackStepMs);
    if (step < 1) return { lgspId: ticket.lgspId, status: 'received', agency: ticket.agency, answer: null };
    if (step < 2) return { lgspId: ticket.lgspId, status: 'processing', agency: ticket.agency, answer: null };
    const answeredAt = new Date(ticket.submittedAt + 2 * feedbackStepMs).toISOString();
    return {
      lgspId: ticket.lgspId,
      status: 'answered',
      agency: ticket.agency,
      answer: { text: ticket.answer, agency: ticket.agency, answeredAt },
    };
  }

  for (const service of serviceNameSchema.options) {
    const mapping = profile.services[service];
    if (!mapping) continue;
    const path = mapping.path.replace(/\{(\w+)\}/g, ':$1');
    if (service === 'feedbackUpload') {
      const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES } });
      const route = gateway(service, (req) => {
        const file = req.file;
        if (!file || !ACCEPTED_UPLOADS.includes(file.mimetype)) return new Rejection('Tệp không hợp lệ');
        const fileId = `f-${randomUUID()}`;
        uploads.set(fileId, {
          fileId,
          name: file.originalname,
          contentType: file.mimetype,
          size: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
        });
        return envelope(mapping, convertUploadToRaw(profile, { fileId, fileName: file.originalname }));
      });
      router.post(path, upload.single(mapping.params.file ?? 'file'), route);
      continue;
    }
    const handler = handlers[service];
    if (!handler) continue;
    const route = gateway(service, (req) => handler(req, mapping));
    if (mapping.method === 'GET') router.get(path, route);
    else router.post(path, route);
  }

  function setFaults(patch: Partial<LgspFaults>): LgspFaults {
    faults = { ...faults, ...patch };
    if (faults.expireTokens) {
      tokens.clear();
      faults = { ...faults, expireTokens: false };
    }
    logger.info({ faults }, 'LGSP simulator faults changed');
    return faults;
  }

  function setDossierStatus(code: string, status: DossierStatus, action?: string): boolean {
    const index = data.dossiers.findIndex((d) => d.code === code);
    const dossier: DossierRecord | undefined = data.dossiers[index];
    if (!dossier) return false;
    const now = clock().toISOString();
    data.dossiers[index] = {
      ...dossier,
      status,
      finishedAt: status === 'processed' || status === 'returned' ? (dossier.finishedAt ?? now) : dossier.finishedAt,
      returnedAt: status === 'returned' ? now : dossier.returnedAt,
      history: [
        ...dossier.history,
        { at: now, unit: dossier.handlingUnit, action: action ?? 'Cập nhật trạng thái', status },
      ],
    };
    return true;
  }

  function setFeedbackStatus(lgspId: string, status: FeedbackStatus, answer?: string): boolean {
    const ticket = [...tickets.values()].find((t) => t.lgspId === lgspId);
    if (!ticket) return false;
    ticket.decided = {
      status,
      answer: status === 'answered' ? (answer ?? ticket.answer) : null,
      at: clock().getTime(),
    };
    return true;
  }

  return {
    router,
    faults: { set: setFaults, reset: () => void (faults = lgspFaultsSchema.parse({})), current: () => faults },
    stats: () => ({ tokensIssued, calls: { ...calls }, feedbackTickets: tickets.size }),
    setDossierStatus,
    setFeedbackStatus,
    data,
    profile,
  };
}

/** A request the LGSP refuses on its merits (400 with a business error code). */
class Rejection {
  constructor(readonly message: string) {}
}
