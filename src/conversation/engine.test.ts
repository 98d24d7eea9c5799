import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createLogger } from '../platform/logger.js';
import { combineActionRegistries, createActionRegistry, defineAction, type ActionRegistry } from './actions.js';
import { createBuiltinActions } from './builtin-actions.js';
import { createConversationMetrics, type ConversationMetrics } from './conversation-metrics.js';
import { Registry } from 'prom-client';
import {
  citizenIdSchema,
  type CitizenId,
  type InboundPayload,
  type Language,
  type OutboundMessage,
} from './channel.js';
import { createConversationEngine } from './engine.js';
import { CITIZEN_DATA_ERASE_EFFECT, HANDOFF_EFFECT, LANGUAGE_EFFECT } from './effects.js';
import { UNDERSTANDING_MISS_EFFECT } from './understanding-misses.js';
import type { HandoffWait } from './handoff-stats.js';
import { parseSimulatedMessage } from './simulate-conversation.js';
import { flowDefinitionSchema, type FlowDefinition } from './flow-schema.js';
import { createMemoryFlowSource, type MemoryFlowSource } from './flow-source.js';
import { loadFlowsFromDir } from './load-flows.js';
import { createMemoryTurnStore } from './turn-store.js';
import {
  createTemplateRenderer,
  loadTemplateResources,
  type TemplateResources,
  type TemplateTree,
} from './template-renderer.js';
import { createShippedInputTypes } from '../shipped-input-types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TEST_TEMPLATES: TemplateResources = {
  vi: {
    test: {
      ask_name: 'Bạn tên gì?',
      hello: 'Chào {{name}}!',
      ask_phone: 'Số điện thoại của bạn?',
      phone_saved: 'Đã lưu số {{phone}}.',
      ask_kind: 'Bạn muốn phản ánh về lĩnh vực nào?',
      kind_road: 'Giao thông',
      kind_env: 'Môi trường',
      kind_saved: 'Lĩnh vực: {{kind}}',
      dossier: 'Hồ sơ {{dossier.code}}: {{dossier.statusLabel}}, hẹn trả {{dossier.dueDate, date}}',
      ask_code: 'Mã hồ sơ?',
      results: 'Kết quả tìm kiếm:',
      menu_button: 'Danh mục',
      ask_photos: 'Gửi ảnh hiện trường',
      photos_saved: 'Đã nhận ảnh',
      ask_contact: 'Chia sẻ thông tin liên hệ',
      contact_title: 'Chia sẻ thông tin',
      contact_subtitle: 'Để cán bộ liên hệ lại',
      contact_saved: 'Cảm ơn, số {{contact.phone}}',
      v1: 'Phiên bản một',
      v2: 'Phiên bản hai',
      after: 'Tiếp tục sau bước hỏi',
      report_name: 'báo cáo',
      ask_where: 'Ở đâu?',
      ask_what: 'Chuyện gì?',
      report_done: 'Báo cáo: {{where}} / {{what}}',
      forgotten: 'Đã xóa dữ liệu.',
    },
  },
  en: {
    test: {
      ask_name: 'What is your name?',
      hello: 'Hello {{name}}!',
      ask_phone: 'Your phone number?',
      phone_saved: 'Saved {{phone}}.',
      ask_kind: 'Which area?',
      kind_road: 'Traffic',
      kind_env: 'Environment',
      kind_saved: 'Area: {{kind}}',
      dossier: 'Dossier {{dossier.code}}: {{dossier.statusLabel}}, due {{dossier.dueDate, date}}',
      ask_code: 'Dossier code?',
      results: 'Results:',
      menu_button: 'Menu',
      ask_photos: 'Send photos',
      photos_saved: 'Photos received',
      ask_contact: 'Share contact',
      contact_title: 'Share information',
      contact_subtitle: 'So an official can call back',
      contact_saved: 'Thanks, {{contact.phone}}',
      v1: 'Version one',
      v2: 'Version two',
      after: 'Continuing after the question',
      report_name: 'report',
      ask_where: 'Where?',
      ask_what: 'What happened?',
      report_done: 'Report: {{where}} / {{what}}',
      forgotten: 'Data erased.',
    },
  },
};

/** A procedure's name longer than a Zalo button's title (100 characters), whose 100th character is a comma. */
const LONG_NAME =
  'Thủ tục 2: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi ở xã, liên thông điện tử';

function flow(yaml: string): FlowDefinition {
  return flowDefinitionSchema.parse(parseYaml(yaml));
}

/** Two questions whose answers the citizen would hate to type again; `survey` is the same, not resumable. */
const reportFlow = (id: string, keyword: string, resumable: boolean) =>
  flow(`
id: ${id}
title: t
format: 1
triggers: [{ type: keywords, values: [${keyword}] }]
${resumable ? 'resumable: { name: "test:report_name" }' : ''}
start: where
steps:
  where: { type: ask, template: "test:ask_where", input: { type: text, min: 2, max: 100 }, save: where, next: what }
  what: { type: ask, template: "test:ask_what", input: { type: text, min: 2, max: 500 }, save: what, next: done }
  done: { type: say, template: "test:report_done" }
`);

/**
 * A question for words whose button sends its own label (a field offered from what the citizen wrote); `listed`: its
 * text lists numbered choices of its own (`numbered_list`), as the feedback's fields do.
 */
const areaFlow = (id: string, keyword: string, listed: boolean) =>
  flow(`
id: ${id}
title: t
format: 1
triggers: [{ type: keywords, values: [${keyword}] }]
start: ask
steps:
  ask:
    type: ask
    template: "test:ask_kind"
    buttons: [{ title: "test:kind_road", payload: "Giao thông" }]
    input: { type: text, min: 1, max: 100 }
    numbered_list: ${listed}
    save: kind
    next: saved
  saved: { type: say, template: "test:kind_saved" }
`);

const TEST_FLOWS = [
  reportFlow('report', 'gửi báo cáo', true),
  reportFlow('complaint', 'gửi khiếu nại', true),
  reportFlow('survey', 'khảo sát', false),
  flow(`
id: forget
title: t
format: 1
triggers: [{ type: keywords, values: [quên tôi đi] }]
start: erase
steps:
  erase: { type: call, action: test.erase, args: {}, on: { ok: done } }
  done: { type: say, template: "test:forgotten" }
`),
  flow(`
id: greet
title: t
format: 1
triggers: [{ type: keywords, values: [đăng ký tên, register my name] }]
start: ask
steps:
  ask: { type: ask, template: "test:ask_name", input: { type: text, min: 2, max: 40 }, save: name, next: hello }
  hello: { type: say, template: "test:hello" }
`),
  flow(`
id: phone
title: t
format: 1
triggers: [{ type: keywords, values: [số điện thoại của tôi] }]
start: ask
steps:
  ask: { type: ask, template: "test:ask_phone", input: { type: phone }, save: phone, retries: 1, skip: { next: skipped }, next: saved }
  saved: { type: say, template: "test:phone_saved" }
  skipped: { type: end, template: "common:cancelled" }
`),
  flow(`
id: kind
title: t
format: 1
triggers: [{ type: keywords, values: [phản ánh lĩnh vực] }]
start: ask
steps:
  ask:
    type: ask
    template: "test:ask_kind"
    input:
      type: choice
      options:
        - { value: road, label: "test:kind_road", synonyms: [đường sá] }
        - { value: env, label: "test:kind_env" }
    save: kind
    next: saved
  saved: { type: say, template: "test:kind_saved" }
`),
  areaFlow('area', 'chọn lĩnh vực', false),
  areaFlow('area_listed', 'chọn trong danh sách', true),
  flow(`
id: lookup
title: t
format: 1
triggers:
  - { type: payload, value: "#lookup", save: code }
  - { type: regex, pattern: '^(\\d{3}\\.\\d{2}\\.\\d{2}\\.[a-z]\\d{2}-\\d{6}-\\d{4})$', save: code }
start: check
steps:
  check:
    type: branch
    cases: [{ when: { var: code, exists: true }, next: call }]
    else: ask
  ask: { type: ask, template: "test:ask_code", input: { type: dossier_code }, save: code, next: call }
  call:
    type: call
    action: test.dossier
    args: { code: "{{code}}" }
    save: dossier
    on: { ok: show }
  show: { type: say, template: "test:dossier" }
`),
  flow(`
id: search
title: t
format: 1
triggers: [{ type: keywords, values: [tìm thủ tục] }]
start: call
steps:
  call: { type: call, action: test.search, args: {}, save: found, on: { ok: show } }
  show:
    type: say
    template: "test:results"
    buttons_from: { list: found.items, title: "{{name}}", payload: "#procedure {{code}}" }
`),
  flow(`
id: search_listed
title: t
format: 1
triggers: [{ type: keywords, values: [danh sách thủ tục] }]
start: call
steps:
  call: { type: call, action: test.search, args: {}, save: found, on: { ok: show } }
  show:
    type: say
    template: "test:results"
    buttons_from: { list: found.items, title: "{{name}}", payload: "#procedure {{code}}" }
    buttons: [{ title: "test:menu_button", payload: "#menu" }]
`),
  flow(`
id: photos
title: t
format: 1
triggers: [{ type: keywords, values: [gửi ảnh] }]
start: ask
steps:
  ask: { type: ask, template: "test:ask_photos", input: { type: image, min: 1, max: 2 }, save: photos, next: done }
  done: { type: say, template: "test:photos_saved" }
`),
  flow(`
id: contact
title: t
format: 1
triggers: [{ type: keywords, values: [để lại liên hệ] }]
start: ask
steps:
  ask:
    type: ask
    template: "test:ask_contact"
    input: { type: contact, title: "test:contact_title", subtitle: "test:contact_subtitle" }
    save: contact
    next: done
  done: { type: say, template: "test:contact_saved" }
`),
  flow(`
id: broken
title: t
format: 1
triggers: [{ type: keywords, values: [hệ thống lỗi] }]
start: call
steps:
  call: { type: call, action: test.broken, args: {}, on: { ok: never } }
  never: { type: say, template: "test:v1" }
`),
  flow(`
id: outer
title: t
format: 1
triggers: [{ type: keywords, values: [gọi luồng con] }]
start: sub
steps:
  sub: { type: flow, flow: greet, return: true, next: after }
  after: { type: say, template: "test:after" }
`),
  flow(`
id: versioned
title: t
format: 1
triggers: [{ type: keywords, values: [phiên bản] }]
start: ask
steps:
  ask: { type: ask, template: "test:ask_name", input: { type: text }, save: name, next: done }
  done: { type: say, template: "test:v1" }
`),
];

const testActions = (calls: string[]): ActionRegistry =>
  createActionRegistry([
    defineAction({
      name: 'test.dossier',
      description: 'fake lookup',
      kind: 'read',
      args: z.object({ code: z.string() }),
      run(args) {
        calls.push(args.code);
        if (args.code.endsWith('9999')) return Promise.resolve({ status: 'not_found' });
        return Promise.resolve({
          status: 'ok',
          value: { code: args.code, statusLabel: 'Đang xử lý', dueDate: '2026-12-05' },
        });
      },
    }),
    defineAction({
      name: 'test.search',
      description: 'fake search with 7 results',
      kind: 'read',
      args: z.object({}),
      run: () =>
        Promise.resolve({
          status: 'ok',
          value: {
            items: Array.from({ length: 7 }, (_, i) => ({
              name: i === 1 ? LONG_NAME : `Thủ tục ${i + 1}`,
              code: `1.00${i}`,
            })),
          },
        }),
    }),
    defineAction({
      name: 'test.erase',
      description: 'asks for the erasure of the citizen data, as citizen.data.erase does',
      kind: 'write',
      args: z.object({}),
      run: () =>
        Promise.resolve({ status: 'ok', value: {}, effects: [{ type: CITIZEN_DATA_ERASE_EFFECT, payload: {} }] }),
    }),
    defineAction({
      name: 'test.broken',
      description: 'always throws',
      kind: 'read',
      args: z.object({}),
      run: () => Promise.reject(new Error('boom')),
    }),
  ]);

interface Harness {
  flows: MemoryFlowSource;
  /** Sends one message (or `@follow`-style event) and returns the bot's messages as lines of text. */
  say(line: string, citizen?: string): Promise<string[]>;
  raw(payload: InboundPayload, citizen?: string): Promise<OutboundMessage[]>;
  advance(ms: number): void;
  /** Ends the citizen's handoff as an official would. */
  closeHandoff(citizen?: string): void;
  calls: string[];
  handoffs: string[];
  /** The texts kept as not understood (`understanding.miss` effects). */
  misses: string[];
  languages: Map<string, Language>;
}

function mergeResources(a: TemplateResources, b: TemplateResources): TemplateResources {
  return { vi: { ...a.vi, ...b.vi }, en: { ...a.en, ...b.en } };
}

function flatten(messages: OutboundMessage[]): string[] {
  return messages.flatMap((m) => {
    if (m.kind === 'text') return [m.text, ...(m.buttons ?? []).map((b) => `[${b.title}]`)];
    if (m.kind === 'image') return [`(image ${m.imageUrl})`];
    if (m.kind === 'file') return [`(file ${m.name})`];
    return [`(request_user_info ${m.title})`];
  });
}

function createHarness(
  options: {
    now?: string;
    sessionTtlMinutes?: number;
    metrics?: ConversationMetrics;
    /** Namespaces replacing the shipped ones (an admin's published version). */
    templates?: TemplateResources;
    handoffWait?: HandoffWait;
  } = {},
): Harness {
  let now = new Date(options.now ?? '2026-11-23T03:00:00Z'); // Monday 10:00 in Vietnam
  const clock = () => now;
  const { flows: shipped } = loadFlowsFromDir(path.join(ROOT, 'flows'));
  const core = shipped.filter((f) => ['welcome', 'menu', 'help', 'handoff', 'language', 'fallback'].includes(f.id));
  const flows = createMemoryFlowSource([...core, ...TEST_FLOWS]);
  const languages = new Map<string, Language>();
  const calls: string[] = [];
  const handoffs: string[] = [];
  const misses: string[] = [];
  let sent: OutboundMessage[] = [];
  const store = createMemoryTurnStore();
  const engine = createConversationEngine({
    store: {
      loadSession: (id) => store.loadSession(id),
      findLanguage: (id: CitizenId) => Promise.resolve(languages.get(id) ?? null),
      countHeldMessages: () => Promise.resolve(0),
      findLiveHandoff: (id) => store.findLiveHandoff(id),
      async commit(event, result) {
        // What the server performs in the turn's transaction, kept here in memory.
        for (const effect of result.effects) {
          if (effect.type === HANDOFF_EFFECT) handoffs.push(String(effect.payload.flowId));
          if (effect.type === LANGUAGE_EFFECT) languages.set(event.citizenId, effect.payload.language as Language);
          if (effect.type === UNDERSTANDING_MISS_EFFECT) misses.push(String(effect.payload.text));
        }
        sent.push(...result.messages);
        return store.commit(event, result);
      },
    },
    flows,
    actions: combineActionRegistries(createBuiltinActions(), testActions(calls)),
    inputs: createShippedInputTypes(),
    templates: createTemplateRenderer({
      templatesDir: path.join(ROOT, 'templates'),
      resources: mergeResources(TEST_TEMPLATES, options.templates ?? {}),
    }),
    clock,
    logger: createLogger({ level: 'silent' }),
    config: {
      sessionTtlMinutes: options.sessionTtlMinutes ?? 30,
      officeHours: 'Mon-Fri 07:30-11:30,13:30-17:00',
      handoffWait: () => options.handoffWait ?? null,
    },
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  let counter = 0;
  const raw = async (payload: InboundPayload, citizen = 'c1') => {
    sent = [];
    counter += 1;
    await engine.handle({
      citizenId: citizenIdSchema.parse(citizen),
      eventId: `e${counter}`,
      occurredAt: now.toISOString(),
      payload,
    });
    return sent;
  };
  return {
    flows,
    calls,
    handoffs,
    misses,
    languages,
    raw,
    say: async (line, citizen) => flatten(await raw(parseSimulatedMessage(line), citizen)),
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
    closeHandoff: (citizen = 'c1') => store.closeHandoff(citizenIdSchema.parse(citizen)),
  };
}

/** Runs a table of "citizen says → bot answers (substrings, in order)" through one conversation. */
async function expectConversation(harness: Harness, table: [string, string[]][]) {
  for (const [line, expected] of table) {
    const answer = (await harness.say(line)).join('\n');
    for (const part of expected) expect(answer, `after "${line}"`).toContain(part);
  }
}

describe('conversation engine: core flows', () => {
  it('greets a new follower with capabilities, privacy notice and the menu', async () => {
    const h = createHarness();
    await expectConversation(h, [
      [
        '@follow',
        [
          'Xin chào!',
          'Tôi có thể giúp anh/chị',
          'Luật Bảo vệ dữ liệu cá nhân',
          '[Tra cứu hồ sơ]',
          '[Liên hệ, trợ giúp]',
        ],
      ],
    ]);
  });

  it('answers what it does not understand with an apology and the menu', async () => {
    const h = createHarness();
    await expectConversation(h, [['qwerty zxcv', ['chưa hiểu', '[Thủ tục hành chính]']]]);
  });

  it('shows contact details and hands over to an official, telling when the office opens', async () => {
    const h = createHarness({ now: '2026-11-22T03:00:00Z' }); // Sunday
    await expectConversation(h, [
      ['liên hệ', ['Đường dây nóng', '[Nhắn cho cán bộ]']],
      [
        '#go:help/handoff',
        ['ngoài giờ làm việc', 'để lại lời nhắn', 'từ 07:30 ngày 23/11/2026', '[Để lại lời nhắn]', '[Không, cảm ơn]'],
      ],
    ]);
    // Nothing for officials until the citizen chooses; "có" typed is the choice, not the message.
    expect(h.handoffs).toEqual([]);
    await expectConversation(h, [['có', ['Mời anh/chị để lại lời nhắn', 'từ 07:30 ngày 23/11/2026']]]);
    expect(h.handoffs).toEqual(['handoff']);
  });

  it('outside office hours the citizen may decline, or type the message at once', async () => {
    const h = createHarness({ now: '2026-11-22T03:00:00Z' }); // Sunday
    await h.say('gặp cán bộ');
    await expectConversation(h, [['không', ['đường dây nóng', '[Tra cứu hồ sơ]']]]);
    expect(h.handoffs).toEqual([]);
    // A thanks alone declines too: it is no message for the officials.
    await h.say('gặp cán bộ');
    await expectConversation(h, [['cảm ơn', ['đường dây nóng']]]);
    expect(h.handoffs).toEqual([]);
    await h.say('gặp cán bộ');
    await expectConversation(h, [['Xin hỏi thủ tục cấp sổ đỏ', ['Đã ghi nhận lời nhắn', 'từ 07:30 ngày 23/11/2026']]]);
    expect(h.handoffs).toEqual(['handoff']);
    // Acknowledged once: the next message is for the official alone.
    expect(await h.say('Nhà tôi ở phường Kinh Bắc')).toEqual([]);
  });

  it('during office hours says an official will answer here, and how long the wait is likely', async () => {
    const h = createHarness({ now: '2026-11-23T03:00:00Z' }); // Monday 10:00
    // Too few answered handoffs to tell a typical wait: none is told.
    const told = (await h.say('#go:help/handoff')).join(' ');
    expect(told).toContain('Cán bộ sẽ trả lời anh/chị ngay tại đây');
    expect(told).not.toContain('phút');
    const busy = createHarness({ handoffWait: { waiting: 3, typicalMinutes: 12 } });
    await expectConversation(busy, [
      ['gặp cán bộ', ['Hiện có 3 người đang chờ trước anh/chị; cán bộ thường trả lời trong khoảng 12 phút.']],
    ]);
  });

  it('"gặp cán bộ" hands over at once; the bot is silent until the citizen cancels', async () => {
    const h = createHarness();
    await expectConversation(h, [['gặp cán bộ', ['Tôi đã chuyển cuộc trò chuyện cho cán bộ']]]);
    expect(h.handoffs).toEqual(['handoff']);
    // Questions, answers to the official, attachments, even old buttons' payloads: for the official, not the bot.
    expect(await h.say('cho tôi hỏi về hồ sơ đất đai')).toEqual([]);
    expect(await h.say('qwerty')).toEqual([]);
    expect(await h.say('@image https://example.invalid/a.jpg')).toEqual([]);
    // Something the bot would have done at once ("gặp cán bộ" again, "tra cứu hồ sơ"): told once that the bot is
    // paused and how to go back, then silence again.
    expect(await h.say('gặp cán bộ')).toEqual([expect.stringContaining('Trợ lý tự động đang tạm dừng')]);
    expect(await h.say('tra cứu hồ sơ')).toEqual([]);
    expect(h.handoffs).toEqual(['handoff']);
    // Menu and help remind where the citizen is and how to leave; a language change is confirmed.
    await expectConversation(h, [
      ['menu', ['đang trao đổi với cán bộ', '[Quay lại trợ lý tự động]']],
      ['English', ['answer in English', 'You are talking with an official']],
      ['Tiếng Việt', ['tiếng Việt']],
      ['hủy', ['Đã kết thúc trao đổi với cán bộ', '[Tra cứu hồ sơ]']],
      ['qwerty', ['chưa hiểu']],
    ]);
  });

  it('answers again once an official closed the handoff, or after a long silence', async () => {
    const h = createHarness();
    await h.say('gặp cán bộ');
    expect(await h.say('alo')).toEqual([]);
    h.closeHandoff();
    await expectConversation(h, [['qwerty', ['chưa hiểu']]]);

    await h.say('gặp cán bộ');
    h.advance(71 * 3_600_000);
    expect(await h.say('còn ai không')).toEqual([]);
    h.advance(73 * 3_600_000);
    await expectConversation(h, [['qwerty', ['lâu không có hoạt động', 'chưa hiểu']]]);
    expect(await h.say('qwerty')).not.toContain('lâu không có hoạt động');
  });

  it('answers a subject no flow serves with what the bot does and the menu, not with "did not understand"', async () => {
    const h = createHarness();
    const answer = (await h.say('giá vàng hôm nay bao nhiêu')).join('\n');
    expect(answer).toContain('nằm ngoài những gì tôi hỗ trợ');
    expect(answer).toContain('[Tra cứu hồ sơ]');
    expect(answer).not.toContain('chưa hiểu');
    // A message understood by nothing at all still gets the fallback.
    expect((await h.say('qwerty zxcv')).join('\n')).toContain('chưa hiểu');
  });

  it('answers small talk briefly, without the fallback or the menu', async () => {
    const h = createHarness();
    const table: [string, string][] = [
      ['cảm ơn', 'không có gì'],
      ['Cám ơn nhiều ạ!', 'không có gì'],
      ['dạ cảm ơn bạn nhé', 'không có gì'],
      ['ok', 'Khi cần hỗ trợ thêm'],
      ['Oke nha', 'Khi cần hỗ trợ thêm'],
      ['alo', 'Xin chào anh/chị!'],
      ['chào', 'Xin chào anh/chị!'],
      ['👍', 'Khi cần hỗ trợ thêm'],
      ['👍🏻👍🏻', 'Khi cần hỗ trợ thêm'],
      ['😀', '😊'],
      [':)', '😊'],
      ['@sticker', '😊'],
      ['tạm biệt', 'Tạm biệt anh/chị'],
      ['thank you', 'không có gì'],
      ['Thank you so much!', 'không có gì'],
      ['thanks so much', 'không có gì'],
    ];
    for (const [line, expected] of table) {
      const answer = (await h.say(line)).join('\n');
      expect(answer, `after "${line}"`).toContain(expected);
      expect(answer, `after "${line}"`).not.toContain('chưa hiểu');
      expect(answer, `after "${line}"`).not.toContain('[Tra cứu hồ sơ]');
    }
    // A greeting offers the menu behind one button; a question that only starts politely is still a question.
    expect(await h.say('xin chào')).toContain('[Xem danh mục]');
    expect((await h.say('cảm ơn, cho hỏi giờ làm việc')).join('\n')).toContain('Đường dây nóng');
  });

  it('welcomes in full on follow or first contact; a greeting from a citizen welcomed before gets a short one and the menu', async () => {
    const h = createHarness();
    const WELCOME = 'Về dữ liệu cá nhân';
    const VI = ['Xin chào anh/chị! Anh/chị cần hỗ trợ việc gì?', '[Xem danh mục]'];
    await expectConversation(h, [['@follow', [WELCOME]]]);
    const greetings: [string, string[]][] = [
      ['chào bot', VI],
      ['xin chào', VI],
      ['Xin chào ủy ban!', VI],
      ['chào cả nhà', VI],
      ['alo có ai không', VI],
    ];
    for (const [greeting, expected] of greetings) {
      const answer = (await h.say(greeting)).join('\n');
      for (const part of expected) expect(answer, `after "${greeting}"`).toContain(part);
      expect(answer, `after "${greeting}"`).not.toContain(WELCOME);
    }
    // The conversation over (the session expired), the citizen is still known; asked who the bot is, it says in full.
    h.advance(3 * 3_600_000);
    expect((await h.say('chào bot')).join('\n')).not.toContain(WELCOME);
    expect((await h.say('bạn là ai')).join('\n')).toContain(WELCOME);
    // A greeting that asks more is answered as asked: the welcome in full.
    for (const asked of [
      'xin chào, bạn là ai',
      'chào bạn, bạn là ai?',
      'xin chào giới thiệu về trang này',
      'xin chào, giới thiệu',
    ]) {
      expect((await h.say(asked)).join('\n'), `after "${asked}"`).toContain(WELCOME);
    }

    // First contact (a follower from before the OA was connected, who never had the welcome): greeted in full, once.
    for (const greeting of ['xin chào', 'chào bot']) {
      const first = await h.say(greeting, `first-${greeting}`);
      expect(first.join('\n'), `after "${greeting}"`).toContain(WELCOME);
      expect((await h.say(greeting, `first-${greeting}`)).join('\n'), `after "${greeting}"`).not.toContain(WELCOME);
    }
    h.languages.set('en-citizen', 'en');
    await h.say('@follow', 'en-citizen');
    expect(await h.say('hello bot', 'en-citizen')).toEqual(
      expect.arrayContaining([expect.stringContaining('Hello! How can I help?'), '[Show the menu]']),
    );
  });

  it('answers small talk during a question, then asks the question again without counting a retry', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['đổi ngôn ngữ', ['ngôn ngữ nào']],
      ['cảm ơn', ['không có gì', 'ngôn ngữ nào', '[English]']],
      ['👍', ['Khi cần hỗ trợ thêm', 'ngôn ngữ nào']],
      ['2', ['Language changed to English']],
      ['thanks!', ["You're welcome"]],
    ]);
  });

  it('answers in the language a citizen plainly writes in, saying how to switch back, unless they chose one', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['cho em hoi gio lam viec cua uy ban', ['Đường dây nóng']],
      ['Where is your office and when is it open?', ['You wrote in English', '"Vietnamese"', 'Office hours']],
      ['thank you so much', ["You're welcome"]],
      ['cho tôi hỏi giờ làm việc của ủy ban', ['nhắn bằng tiếng Việt', '"English"', 'Đường dây nóng']],
    ]);
    expect(h.languages.get('c1')).toBe('vi');
    // Chosen by the citizen: a message in the other language keeps it.
    await expectConversation(h, [['English', ['From now on I will answer in English']]]);
    const kept = (await h.say('cho tôi hỏi giờ làm việc của ủy ban')).join('\n');
    expect(kept).not.toContain('nhắn bằng tiếng Việt');
    expect(kept).toContain('Hotline');
    expect(h.languages.get('c1')).toBe('en');
  });

  it('a short plain English request whose "to" and "an" also spell Vietnamese syllables is answered in English', async () => {
    const h = createHarness();
    const switched = (await h.say('I want to talk to an officer please?')).join('\n');
    expect(switched).toContain('You wrote in English');
    expect(h.languages.get('c1')).toBe('en');
  });

  it('a foreigner who writes English while a question waits is answered in English; a Vietnamese address is not a switch', async () => {
    const h = createHarness();
    await expectConversation(h, [['đăng ký tên', ['Bạn tên gì?']]]);
    const switched = (await h.say('Sorry, where is your office and when is it open?')).join('\n');
    expect(switched).toContain('You wrote in English');
    expect(h.languages.get('c1')).toBe('en');
    await expectConversation(h, [
      ['Dũng', ['Hello Dũng!']],
      ['register my name', ['What is your name?']],
    ]);
    await h.say('cho tôi hỏi số 12 đường Lý Thái Tổ ở phường nào');
    expect(h.languages.get('c1')).toBe('en');
    // Outside a question, a few Vietnamese words with their marks are Vietnamese again; the way back said in English.
    await expectConversation(h, [
      ['Lan', ['Hello Lan!']],
      ['đăng ký tên', ['nhắn bằng tiếng Việt', 'Send "English"', 'Bạn tên gì?']],
    ]);
    expect(h.languages.get('c1')).toBe('vi');
  });

  it('an English notice pasted as the answer to a question is an answer, not a switch', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['đăng ký tên', ['Bạn tên gì?']],
      ['Your session has expired, please log in again', ['Nội dung chưa phù hợp']],
    ]);
    expect(h.languages.get('c1')).toBeUndefined();
  });

  it('switches language through the language flow and remembers it', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['đổi ngôn ngữ', ['ngôn ngữ nào', '[English]']],
      ['#choice:en', ['Language changed to English']],
      ['hello there', ['Hello! How can I help?']],
      ['get started', ['Hello! This is the Zalo assistant']],
    ]);
    expect(h.languages.get('c1')).toBe('en');
  });
});

describe('conversation engine: matching', () => {
  it.each([
    ['Tra cứu hồ sơ đăng ký tên', 'Bạn tên gì?'],
    ['dang ky ten', 'Bạn tên gì?'],
    ['ĐĂNG   KÝ TÊN!', 'Bạn tên gì?'],
    ['dang ki ten', 'Bạn tên gì?'],
    ['ddawng kys teen', 'Bạn tên gì?'],
    ['lien hee', 'Đường dây nóng'],
  ])('"%s" starts the expected flow', async (line, expected) => {
    const h = createHarness();
    expect((await h.say(line)).join('\n')).toContain(expected);
  });

  it('a message that is only a dossier code starts the lookup with that code', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['000.00.15.H02-221205-0001', ['Hồ sơ 000.00.15.H02-221205-0001: Đang xử lý, hẹn trả 05/12/2026']],
    ]);
  });
});

describe('conversation engine: asking', () => {
  it('saves a text answer and uses it in the next template', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['đăng ký tên', ['Bạn tên gì?']],
      ['An', ['Chào An!']],
    ]);
  });

  it('normalises a phone number, re-asks once on invalid input, then gives up with the menu', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['số điện thoại của tôi', ['Số điện thoại của bạn?', '[Bỏ qua]']],
      ['+84 912 345 678', ['Đã lưu số 0912345678.']],
      ['số điện thoại của tôi', ['Số điện thoại của bạn?']],
      ['12345', ['Số điện thoại chưa đúng']],
      ['abc', ['Tôi tạm dừng câu hỏi này', '[Tra cứu hồ sơ]']],
    ]);
  });

  it('lets the citizen skip an optional question', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['số điện thoại của tôi', ['Số điện thoại của bạn?']],
      ['bo qua', ['Đã hủy']],
    ]);
  });

  it('a button tapped twice at once is answered once; again later, or after something else, it is answered', async () => {
    const h = createHarness();
    await expectConversation(h, [['phản ánh lĩnh vực', ['[Giao thông]', '[Môi trường]']]]);
    expect(await h.say('#choice:env')).toContain('Lĩnh vực: env');
    h.advance(800);
    expect(await h.say('#choice:env')).toEqual([]);
    // Seconds later it is tapped on purpose (here: a button of a question that has ended).
    await expectConversation(h, [
      ['phản ánh lĩnh vực', ['[Môi trường]']],
      ['#choice:env', ['Lĩnh vực: env']],
    ]);
    h.advance(4000);
    await expectConversation(h, [['#choice:env', ['không dùng được nữa']]]);
    // Something typed in between: the tap after it is a tap of its own.
    await expectConversation(h, [
      ['phản ánh lĩnh vực', ['[Môi trường]']],
      ['#choice:env', ['Lĩnh vực: env']],
    ]);
    await h.say('ok');
    await expectConversation(h, [['#choice:env', ['không dùng được nữa']]]);
  });

  it('answers a button of a question that has ended as such, not as a message it did not understand', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['phản ánh lĩnh vực', ['[Giao thông]', '[Môi trường]']],
      ['#choice:env', ['Lĩnh vực: env']],
      ['#choice:road', ['không dùng được nữa', '[Thủ tục hành chính]']],
      ['#done', ['không dùng được nữa']],
    ]);
    expect(h.misses).toEqual([]);
    // A hashtag in a sentence is a message, not a button.
    await expectConversation(h, [['#covid tiêm ở đâu', ['chưa hiểu']]]);
    expect(h.misses).toEqual(['#covid tiêm ở đâu']);
    h.misses.length = 0;
    // What it did not understand is still kept for admins.
    await expectConversation(h, [['qwerty zxcv', ['chưa hiểu']]]);
    expect(h.misses).toEqual(['qwerty zxcv']);
  });

  it('matches choices by button, number, label without diacritics, synonym and one typo', async () => {
    for (const [answer, expected] of [
      ['#choice:env', 'Lĩnh vực: env'],
      ['1', 'Lĩnh vực: road'],
      ['moi truong', 'Lĩnh vực: env'],
      ['đường sá', 'Lĩnh vực: road'],
      ['giao thong', 'Lĩnh vực: road'],
      ['Environment', 'Lĩnh vực: env'],
      ['moi truongg', 'Lĩnh vực: env'],
    ]) {
      const h = createHarness();
      await expectConversation(h, [
        ['phản ánh lĩnh vực', ['[Giao thông]', '[Môi trường]']],
        [answer ?? '', [expected ?? '']],
      ]);
    }
  });

  it('accepts a dossier code typed in lower case with spaces and runs the lookup', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['#lookup', ['Mã hồ sơ?']],
      ['000.00.15.h02 221205 0001', ['Hồ sơ 000.00.15.H02-221205-0001: Đang xử lý']],
    ]);
    expect(h.calls).toEqual(['000.00.15.H02-221205-0001']);
  });

  it('answers an invalid dossier code with the text of the module that registered the input type', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['#lookup', ['Mã hồ sơ?']],
      ['12345', ['Mã hồ sơ chưa đúng']],
    ]);
  });

  it('collects images until the maximum', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['gửi ảnh', ['Gửi ảnh hiện trường']],
      ['@image https://cdn.example/1.jpg', ['Đã nhận 1 ảnh', '[Xong]']],
      ['@image https://cdn.example/2.jpg', ['Đã nhận ảnh']],
    ]);
  });

  it('asks for contact details with a request_user_info card and saves the shared phone', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['để lại liên hệ', ['Chia sẻ thông tin liên hệ', '(request_user_info Chia sẻ thông tin)']],
      ['abc xyz', ['bấm nút "Chia sẻ"', '(request_user_info']],
      ['@contact +84912345678', ['Cảm ơn, số 0912345678']],
    ]);
  });
});

describe('conversation engine: actions and buttons', () => {
  it('builds at most 5 buttons from a list variable', async () => {
    const h = createHarness();
    const messages = await h.raw({ kind: 'text', text: 'tìm thủ tục' });
    const buttons = messages.flatMap((m) => (m.kind === 'text' ? (m.buttons ?? []) : []));
    expect(buttons).toHaveLength(5);
    expect(buttons[0]).toEqual({ title: 'Thủ tục 1', action: { type: 'query', payload: '#procedure 1.000' } });
  });

  it("puts a list's buttons before the step's own, and the list takes only the room those leave", async () => {
    const h = createHarness();
    const messages = await h.raw({ kind: 'text', text: 'danh sách thủ tục' });
    const titles = messages.flatMap((m) => (m.kind === 'text' ? (m.buttons ?? []) : [])).map((b) => b.title);
    expect(titles).toEqual(['Thủ tục 1', expect.stringMatching(/^Thủ tục 2: /), 'Thủ tục 3', 'Thủ tục 4', 'Danh mục']);
  });

  it("cuts a list item's title longer than Zalo's 100 characters after a whole word, with an ellipsis", async () => {
    const h = createHarness();
    const messages = await h.raw({ kind: 'text', text: 'tìm thủ tục' });
    const titles = messages.flatMap((m) => (m.kind === 'text' ? (m.buttons ?? []) : [])).map((b) => b.title);
    expect(titles[1]).toBe(
      'Thủ tục 2: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi ở xã…',
    );
    expect([...(titles[1] ?? '')].length).toBeLessThanOrEqual(100);
  });

  it('a throwing action yields an apology and the menu, never silence', async () => {
    const h = createHarness();
    await expectConversation(h, [['hệ thống lỗi', ['hệ thống đang tạm thời gián đoạn', '[Tra cứu hồ sơ]']]]);
  });

  it('a missing not_found branch yields the generic not-found answer', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['#lookup 000.00.15.H02-221205-9999', ['không tìm thấy thông tin', '[Tra cứu hồ sơ]']],
    ]);
  });

  it('returns to the calling flow after a sub-flow', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['gọi luồng con', ['Bạn tên gì?']],
      ['Bình', ['Chào Bình!', 'Tiếp tục sau bước hỏi']],
    ]);
  });
});

describe('conversation engine: typed choices among the buttons just shown', () => {
  it('a position or a label typed loosely is the button tapped; only the last message offers', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['tro giup', ['Đường dây nóng']],
      ['cái cuối', ['Anh/chị cần hỗ trợ gì?']],
    ]);
    await expectConversation(h, [
      ['tro giup', ['Đường dây nóng']],
      ['cảm ơn', []],
      ['cái cuối', ['chưa hiểu']],
    ]);
  });

  it.each<[string, string, string, string]>([
    // A payload reading as its own label is picked once: the payload is the answer (it once picked itself for ever).
    ['a button whose payload reads as its own label: picked once', 'chọn lĩnh vực', '1', 'Lĩnh vực: Giao thông'],
    ['the same, by its label typed loosely', 'chọn lĩnh vực', 'giao thong', 'Lĩnh vực: Giao thông'],
    ['below the question’s own numbered list a number answers it', 'chọn trong danh sách', '1', 'Lĩnh vực: 1'],
    ['there a label still picks its button', 'chọn trong danh sách', 'giao thong', 'Lĩnh vực: Giao thông'],
  ])('%s', async (_name, start, typed, answer) => {
    await expectConversation(createHarness(), [
      [start, ['Bạn muốn phản ánh về lĩnh vực nào?', '[Giao thông]']],
      [typed, [answer]],
    ]);
  });

  it('the skip button of a question that takes no such answer is picked by its number', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['số điện thoại của tôi', ['Số điện thoại của bạn?', '[Bỏ qua]']],
      ['1', ['Đã hủy']],
    ]);
  });
});

describe('conversation engine: global commands mid-flow', () => {
  it('"menu" leaves the question and shows the menu', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['đăng ký tên', ['Bạn tên gì?']],
      ['Menu', ['Anh/chị cần hỗ trợ gì?']],
      ['Lan', ['chưa hiểu']],
    ]);
  });

  it('"hủy" / "huy" / "cancel" ends the conversation', async () => {
    for (const word of ['hủy', 'huy', 'Cancel']) {
      const h = createHarness();
      await expectConversation(h, [
        ['số điện thoại của tôi', ['Số điện thoại của bạn?']],
        [word, ['Đã hủy', '[Tra cứu hồ sơ]']],
        ['0912345678', ['chưa hiểu']],
      ]);
    }
  });

  it('words edited by an admin (a new words version) change what commands and answers are recognised', async () => {
    const words = loadTemplateResources(path.join(ROOT, 'templates')).vi?.words ?? {};
    const edited: TemplateTree = {
      ...words,
      command: { ...(words.command as TemplateTree), cancel: ['thôi không làm nữa'] },
      answer: { ...(words.answer as TemplateTree), skip: ['để sau'] },
    };
    const h = createHarness({ templates: { vi: { words: edited } } });
    await expectConversation(h, [
      ['số điện thoại của tôi', ['Số điện thoại của bạn?']],
      // "qua" was a skip word; "bỏ qua" is also the label of the skip button shown, which a typed label picks.
      ['qua', ['Số điện thoại chưa đúng']],
      ['để sau', ['Đã hủy']],
      ['số điện thoại của tôi', ['Số điện thoại của bạn?']],
      ['hủy', ['Số điện thoại chưa đúng']],
      ['số điện thoại của tôi', ['Số điện thoại của bạn?']],
      ['thôi không làm nữa', ['Đã hủy', '[Tra cứu hồ sơ]']],
      ['số điện thoại của tôi', ['Số điện thoại của bạn?']],
      // English words are their own list: a Vietnamese citizen's "cancel" still cancels.
      ['cancel', ['Đã hủy', '[Tra cứu hồ sơ]']],
    ]);
  });

  it('"help" shows contact details from anywhere', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['đăng ký tên', ['Bạn tên gì?']],
      ['tro giup', ['Đường dây nóng']],
    ]);
  });

  it('"English" switches language and repeats the question in English; "Tiếng Việt" switches back', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['đăng ký tên', ['Bạn tên gì?']],
      ['English', ['answer in English', 'What is your name?']],
      ['Tiếng Việt', ['trả lời bằng tiếng Việt', 'Bạn tên gì?']],
      ['Chi', ['Chào Chi!']],
    ]);
  });
});

describe('conversation engine: sessions', () => {
  it('after the session TTL the next message starts afresh with a note', async () => {
    const h = createHarness({ sessionTtlMinutes: 30 });
    await expectConversation(h, [['đăng ký tên', ['Bạn tên gì?']]]);
    h.advance(31 * 60_000);
    const answer = (await h.say('Dũng')).join('\n');
    expect(answer).toContain('lại từ đầu');
    expect(answer).not.toContain('Chào Dũng');
  });

  it('the note that the session expired is in the language the message switched to', async () => {
    const h = createHarness({ sessionTtlMinutes: 30 });
    await expectConversation(h, [['đăng ký tên', ['Bạn tên gì?']]]);
    h.advance(31 * 60_000);
    const answer = await h.say('Where is your office and when is it open?');
    expect(answer[0]).toContain('start again');
    expect(answer.join('\n')).not.toContain('lại từ đầu');
    expect(answer.join('\n')).toContain('You wrote in English');
  });

  it("a citizen's choice of language outlives the conversation", async () => {
    const h = createHarness({ sessionTtlMinutes: 30 });
    await expectConversation(h, [['Tiếng Việt', ['tiếng Việt']]]);
    h.advance(24 * 3_600_000);
    const answer = (await h.say('Where is your office and when is it open?')).join('\n');
    expect(answer).not.toContain('You wrote in English');
    expect(answer).toContain('Giờ làm việc');
    expect(h.languages.get('c1')).toBe('vi');
  });

  it('within the TTL the conversation continues', async () => {
    const h = createHarness({ sessionTtlMinutes: 30 });
    await expectConversation(h, [['đăng ký tên', ['Bạn tên gì?']]]);
    h.advance(29 * 60_000);
    await expectConversation(h, [['Dũng', ['Chào Dũng!']]]);
  });

  it('a session started on v1 finishes on v1 after v2 is published; new sessions get v2', async () => {
    const h = createHarness();
    await expectConversation(h, [['phiên bản', ['Bạn tên gì?']]]);
    const v1 = TEST_FLOWS.find((f) => f.id === 'versioned');
    if (!v1) throw new Error('test flow missing');
    h.flows.publish({ ...v1, steps: { ...v1.steps, done: { type: 'say', template: 'test:v2' } } });
    expect((await h.say('Em')).join('\n')).toContain('Phiên bản một');
    await h.say('phiên bản', 'c2');
    expect((await h.say('Em', 'c2')).join('\n')).toContain('Phiên bản hai');
  });

  it('citizens do not share state', async () => {
    const h = createHarness();
    await h.say('đăng ký tên', 'a');
    expect((await h.say('Hoa', 'b')).join('\n')).toContain('chưa hiểu');
    expect((await h.say('Hoa', 'a')).join('\n')).toContain('Chào Hoa!');
  });

  it('answers a sticker or a GIF with a smile and audio with a note, and keeps the question open', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['đăng ký tên', ['Bạn tên gì?']],
      ['@sticker', ['😊', 'Bạn tên gì?']],
    ]);
    const gif = flatten(await h.raw({ kind: 'unsupported', original: 'user_send_gif' }));
    expect(gif.join('\n')).toContain('😊');
    expect(gif.join('\n')).not.toContain('chưa đọc được');
    const audio = flatten(await h.raw({ kind: 'unsupported', original: 'user_send_audio' }));
    expect(audio.join('\n')).toContain('chưa đọc được loại tin nhắn này');
    // Stickers are answered, so the note does not name them as unreadable.
    expect(audio.join('\n')).not.toContain('nhãn dán');
    expect(audio.join('\n')).toContain('Bạn tên gì?');
    await expectConversation(h, [['Mai', ['Chào Mai!']]]);
  });
});

describe('conversation engine: metrics', () => {
  it('counts events, started flows, action outcomes and fallbacks', async () => {
    const registry = new Registry();
    const metrics = createConversationMetrics(registry);
    const h = createHarness({ metrics });
    await h.say('hệ thống lỗi');
    await h.say('qwerty zxcv');
    const text = await registry.metrics();
    expect(text).toContain('zalo_egov_conversation_events_total{kind="text"} 2');
    expect(text).toContain('zalo_egov_conversation_action_outcomes_total{action="test.broken",status="unavailable"} 1');
    expect(text).toContain('zalo_egov_conversation_flows_started_total{flow="fallback"} 1');
    expect(text).toContain('zalo_egov_conversation_fallbacks_total 1');
    // A second engine on the same registry reuses the metrics instead of failing to register them.
    expect(() => createConversationMetrics(registry)).not.toThrow();
  });
});

describe('conversation engine: an answer that does not fit but matches another flow', () => {
  it('switches to that flow instead of repeating the question', async () => {
    const h = createHarness();
    await expectConversation(h, [
      ['số điện thoại của tôi', ['Số điện thoại của bạn?']],
      ['liên hệ', ['Đường dây nóng']],
    ]);
  });
});

/**
 * A table of "citizen says → the bot's answer holds these (and, third, never these)", through one conversation.
 */
async function expectTurns(harness: Harness, table: [string, string[], string[]?][]) {
  for (const [line, expected, never = []] of table) {
    const answer = (await harness.say(line)).join('\n');
    for (const part of expected) expect(answer, `after "${line}"`).toContain(part);
    for (const part of never) expect(answer, `after "${line}"`).not.toContain(part);
  }
}

describe('conversation engine: a report left for another subject is kept and offered back', () => {
  const CODE = '000.00.15.H02-221205-0001';
  const KEPT = 'Tôi giữ lại báo cáo anh/chị đang viết dở';
  const OFFER = 'Anh/chị còn báo cáo đang viết dở. Anh/chị có muốn viết tiếp không?';
  const LAST = 'Nếu anh/chị chuyển sang việc khác, tôi sẽ bỏ báo cáo này.';

  it('a lookup mid-report is answered, then the report resumes where it was and finishes with what was written', async () => {
    const h = createHarness();
    await expectTurns(h, [
      ['gửi báo cáo', ['Ở đâu?']],
      ['thôn 3', ['Chuyện gì?']],
      [`#lookup ${CODE}`, [KEPT, `Hồ sơ ${CODE}: Đang xử lý`, OFFER, '[Tiếp tục]', '[Bỏ báo cáo này]']],
      ['Tiếp tục', ['Mời anh/chị viết tiếp báo cáo.', 'Chuyện gì?'], ['Ở đâu?']],
      ['cây đổ chắn đường', ['Báo cáo: thôn 3 / cây đổ chắn đường'], ['còn báo cáo']],
    ]);
  });

  it('typed answers work as the buttons: "ok" resumes, "bỏ" and "không" drop', async () => {
    for (const [reply, resumed] of [
      ['ok', true],
      ['tiep tuc', true],
      ['bỏ', false],
      ['không', false],
    ] as const) {
      const h = createHarness();
      await expectTurns(h, [
        ['gửi báo cáo', ['Ở đâu?']],
        ['thôn 3', ['Chuyện gì?']],
        ['tìm thủ tục', [KEPT, '[Thủ tục 1]', OFFER]],
      ]);
      if (resumed) await expectTurns(h, [[reply, ['Chuyện gì?']]]);
      else
        await expectTurns(h, [
          [reply, ['Đã bỏ báo cáo anh/chị đang viết dở.'], ['Chuyện gì?']],
          ['cây đổ', ['chưa hiểu'], ['Báo cáo:', 'còn báo cáo']],
        ]);
    }
  });

  it('after a list, a typed number picks from the list, not the offer below it: the report stays kept', async () => {
    const h = createHarness();
    await expectTurns(h, [
      ['gửi báo cáo', ['Ở đâu?']],
      ['thôn 3', ['Chuyện gì?']],
      ['tìm thủ tục', [KEPT, '[Thủ tục 1]', OFFER]],
      ['1', [], ['Đã bỏ báo cáo', 'Chuyện gì?']],
      ['tiếp tục', ['Chuyện gì?']],
    ]);
  });

  it('"hủy" while the offer waits drops the report; while another flow runs it stops that flow only', async () => {
    const h = createHarness();
    await expectTurns(h, [
      ['gửi báo cáo', ['Ở đâu?']],
      ['thôn 3', ['Chuyện gì?']],
      ['số điện thoại của tôi', [KEPT, 'Số điện thoại của bạn?'], [OFFER]],
      ['hủy', ['Đã hủy', OFFER]],
      ['hủy', ['Đã bỏ báo cáo']],
      ['cảm ơn', [], ['còn báo cáo']],
    ]);
  });

  it('at the first question nothing is kept: the new subject as before', async () => {
    const h = createHarness();
    await expectTurns(h, [
      ['gửi báo cáo', ['Ở đâu?']],
      [`#lookup ${CODE}`, [`Hồ sơ ${CODE}`], ['giữ lại', 'còn báo cáo']],
      ['cảm ơn', [], ['còn báo cáo']],
    ]);
  });

  it('a flow that is not resumable is left as before', async () => {
    const h = createHarness();
    await expectTurns(h, [
      ['khảo sát', ['Ở đâu?']],
      ['thôn 3', ['Chuyện gì?']],
      [`#lookup ${CODE}`, [`Hồ sơ ${CODE}`], ['giữ lại', 'còn báo cáo', '[Tiếp tục]']],
      ['tiếp tục', ['chưa hiểu'], ['Chuyện gì?']],
    ]);
  });

  it('the session expiry takes the kept report with it', async () => {
    const h = createHarness({ sessionTtlMinutes: 30 });
    await expectTurns(h, [
      ['gửi báo cáo', ['Ở đâu?']],
      ['thôn 3', ['Chuyện gì?']],
      [`#lookup ${CODE}`, [OFFER]],
    ]);
    h.advance(31 * 60_000);
    await expectTurns(h, [['tiếp tục', ['lại từ đầu'], ['Chuyện gì?', 'Mời anh/chị viết tiếp']]]);
    // An old offer's button tapped later: nothing to continue.
    await expectTurns(h, [['#resume', ['không còn nội dung nào đang viết dở', '[Tra cứu hồ sơ]']]]);
  });

  it('offered after each other subject, twice at most: the last offer says so, then the report goes', async () => {
    const h = createHarness();
    await expectTurns(h, [
      ['gửi báo cáo', ['Ở đâu?']],
      ['thôn 3', ['Chuyện gì?']],
      ['tìm thủ tục', [KEPT, OFFER], [LAST]],
      [`#lookup ${CODE}`, [`Hồ sơ ${CODE}`, LAST]],
      ['tìm thủ tục', ['[Thủ tục 1]'], ['còn báo cáo']],
      ['cảm ơn', [], ['còn báo cáo']],
    ]);
  });

  it('the menu asked for mid-report shows the menu alone; the offer comes after the next subject', async () => {
    const h = createHarness();
    await expectTurns(h, [
      ['gửi báo cáo', ['Ở đâu?']],
      ['thôn 3', ['Chuyện gì?']],
      ['menu', [KEPT, '[Tra cứu hồ sơ]'], [OFFER]],
      ['cảm ơn', [OFFER]],
      ['Tiếp tục', ['Chuyện gì?']],
    ]);
  });

  it('another report left while one is kept takes its place, and the citizen is told', async () => {
    const h = createHarness();
    await expectTurns(h, [
      ['gửi báo cáo', ['Ở đâu?']],
      ['thôn 3', ['Chuyện gì?']],
      [`#lookup ${CODE}`, [OFFER]],
      ['gửi khiếu nại', ['Ở đâu?'], ['giữ lại']],
      ['xóm 5', ['Chuyện gì?']],
      [`#lookup ${CODE}`, [`${KEPT} để anh/chị viết tiếp sau; báo cáo viết dở trước đó được bỏ.`, OFFER]],
      ['Tiếp tục', ['Chuyện gì?']],
      ['cây đổ', ['Báo cáo: xóm 5 / cây đổ'], ['còn báo cáo']],
    ]);
  });

  describe('the same report asked for anew while one is kept: the citizen chooses, neither is lost', () => {
    const CHOICE =
      'Anh/chị còn báo cáo đang viết dở. Anh/chị muốn viết tiếp báo cáo đó, hay bỏ nó và viết báo cáo mới?';
    const BUTTONS = '[Tiếp tục]\n[Viết báo cáo mới]';
    it.each<[string, [string, string[], string[]?][]]>([
      [
        '"Tiếp tục": the kept one where it was',
        [
          ['gửi báo cáo', ['Ở đâu?']],
          ['thôn 3', ['Chuyện gì?']],
          [`#lookup ${CODE}`, [OFFER]],
          ['gửi báo cáo', [CHOICE, BUTTONS], ['Ở đâu?', OFFER]],
          ['Tiếp tục', ['Mời anh/chị viết tiếp báo cáo.', 'Chuyện gì?']],
          ['cây đổ', ['Báo cáo: thôn 3 / cây đổ'], ['còn báo cáo']],
        ],
      ],
      [
        '"Viết báo cáo mới" (or "viết mới", or "không"): the kept one dropped, said so; the new one from its start',
        [
          ['gửi báo cáo', ['Ở đâu?']],
          ['thôn 3', ['Chuyện gì?']],
          [`#lookup ${CODE}`, [OFFER]],
          ['gửi báo cáo', [CHOICE]],
          ['viết mới', ['Đã bỏ báo cáo anh/chị viết dở trước đó.', 'Ở đâu?']],
          ['xóm 5', ['Chuyện gì?']],
          ['cây đổ', ['Báo cáo: xóm 5 / cây đổ'], ['còn báo cáo']],
        ],
      ],
      [
        // A button starting it (an old menu's): typed, the words are the answer to the question for words.
        'in the middle of a report, nothing kept: the choice, not a silent start afresh',
        [
          ['gửi báo cáo', ['Ở đâu?']],
          ['thôn 3', ['Chuyện gì?']],
          ['#flow:report', [CHOICE], ['Ở đâu?', 'giữ lại']],
          ['không', ['Đã bỏ báo cáo anh/chị viết dở trước đó.', 'Ở đâu?']],
        ],
      ],
      [
        'at its first question nothing is given: started again, no choice',
        [
          ['gửi báo cáo', ['Ở đâu?']],
          ['#flow:report', ['Ở đâu?'], ['viết dở']],
        ],
      ],
      [
        'the choice passed over: asked again after the other subject, the last time saying the report goes',
        [
          ['gửi báo cáo', ['Ở đâu?']],
          ['thôn 3', ['Chuyện gì?']],
          [`#lookup ${CODE}`, [OFFER]],
          ['cảm ơn', [LAST]],
          ['gửi báo cáo', [CHOICE], [LAST]],
          [
            `#lookup ${CODE}`,
            [`Hồ sơ ${CODE}`, 'Anh/chị vẫn còn báo cáo đang viết dở', 'tôi sẽ bỏ báo cáo đang viết dở'],
          ],
          ['#resume', ['Chuyện gì?']],
        ],
      ],
    ])('%s', async (_name, turns) => {
      await expectTurns(createHarness(), turns);
    });
  });

  it('a resumed report left again is kept again, with its answers', async () => {
    const h = createHarness();
    await expectTurns(h, [
      ['gửi báo cáo', ['Ở đâu?']],
      ['thôn 3', ['Chuyện gì?']],
      [`#lookup ${CODE}`, [OFFER]],
      ['Tiếp tục', ['Chuyện gì?']],
      ['tìm thủ tục', [KEPT, OFFER], [LAST]],
      ['Tiếp tục', ['Chuyện gì?']],
      ['cây đổ', ['Báo cáo: thôn 3 / cây đổ']],
    ]);
  });

  it('not offered while an official has the conversation; offered once the citizen leaves the official', async () => {
    const h = createHarness(); // Monday 10:00: officials are in
    await expectTurns(h, [
      ['gửi báo cáo', ['Ở đâu?']],
      ['thôn 3', ['Chuyện gì?']],
      ['gặp cán bộ', [KEPT, 'Tôi đã chuyển cuộc trò chuyện cho cán bộ'], [OFFER]],
    ]);
    expect(await h.say('alo')).toEqual([]);
    await expectTurns(h, [
      ['hủy', ['Đã kết thúc trao đổi với cán bộ', OFFER]],
      ['có', ['Chuyện gì?']],
    ]);
  });

  it('erasing the citizen data forgets the kept report at once', async () => {
    const h = createHarness();
    await expectTurns(h, [
      ['gửi báo cáo', ['Ở đâu?']],
      ['thôn 3', ['Chuyện gì?']],
      ['quên tôi đi', [KEPT, 'Đã xóa dữ liệu.'], [OFFER]],
      ['cảm ơn', [], ['còn báo cáo']],
      ['#resume', ['không còn nội dung nào đang viết dở']],
    ]);
  });

  it('in English', async () => {
    const h = createHarness();
    await expectTurns(h, [
      ['English', ['English']],
      ['gửi báo cáo', ['Where?']],
      ['thôn 3', ['What happened?']],
      [
        `#lookup ${CODE}`,
        [
          'I have kept the report you were writing',
          'Your report is not finished yet.',
          '[Continue]',
          '[Drop this report]',
        ],
      ],
      ['continue', ['Let us continue your report.', 'What happened?']],
    ]);
  });
});
