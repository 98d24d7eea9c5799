import type { Button, OutboundMessage } from './channel.js';
import { MAX_BUTTONS, type AskStep, type FlowButton, type FlowStep } from './flow-schema.js';
import { parseBasicInput } from './basic-input-types.js';
import { shortenAtWord } from './format.js';
import { CHOICE_PAYLOAD, DONE_PAYLOAD, FLOW_PAYLOAD, GOTO_PAYLOAD, SKIP_PAYLOAD } from './payloads.js';
import type { TemplateRenderer } from './template-renderer.js';
import type { Turn } from './turn.js';
import { getPath, interpolate, resolveValue, type Variables } from './variables.js';

/** The longest button title Zalo takes, in characters (docs/zalo-platform.md). */
const BUTTON_TITLE_MAX = 100;

/** What steps say: templates rendered in the turn's language, with the step's buttons. */
export interface StepMessages {
  render(turn: Turn, key: string, params?: Variables): OutboundMessage[];
  menu(turn: Turn): OutboundMessage[];
  /** A say/ask message with the template's buttons, the step's buttons and buttons built from a list. */
  renderStepMessage(
    turn: Turn,
    flowId: string,
    step: Extract<FlowStep, { type: 'say' | 'ask' }>,
    extra?: Button[],
  ): OutboundMessage[];
  /** The answer buttons of a question (choices, yes/no, skip). */
  askExtras(turn: Turn, step: AskStep): Button[];
  /**
   * A question as asked: its message, answer buttons and, for contact details, Zalo's sharing card; for photos, how
   * many it already has when it has some (sent ahead, or before the citizen left it), with the "Xong" button.
   */
  askMessages(turn: Turn, flowId: string, step: AskStep): OutboundMessage[];
  /** "Đã nhận 2 ảnh. … bấm "Xong"." with the "Xong" button: photos collected so far. */
  imageMore(turn: Turn, count: number): OutboundMessage[];
}

/** Messages rendered with the texts of the turn's release (a conversation in flight keeps the texts it started with). */
export function createStepMessages(): StepMessages {
  const templatesOf = (turn: Turn): TemplateRenderer => turn.release.templates;
  const render = (turn: Turn, key: string, params: Variables = {}) =>
    templatesOf(turn).render(key, turn.language, params);

  function convertFlowButton(turn: Turn, flowId: string, button: FlowButton): Button | null {
    const title = templatesOf(turn).t(button.title, turn.language, turn.session.variables).slice(0, 100);
    if (button.goto) return { title, action: { type: 'query', payload: `${GOTO_PAYLOAD}${flowId}/${button.goto}` } };
    if (button.flow) return { title, action: { type: 'query', payload: `${FLOW_PAYLOAD}${button.flow}` } };
    if (button.payload)
      return { title, action: { type: 'query', payload: interpolate(button.payload, turn.session.variables) } };
    if (button.url) return { title, action: { type: 'url', url: interpolate(button.url, turn.session.variables) } };
    if (button.phone) return { title, action: { type: 'phone', phone: button.phone } };
    return null;
  }

  const renderStepMessage: StepMessages['renderStepMessage'] = (turn, flowId, step, extra = []) => {
    const variables = turn.session.variables;
    const params: Variables = { ...variables };
    for (const [key, value] of Object.entries(step.params ?? {})) params[key] = resolveValue(value, variables);
    const messages = templatesOf(turn).render(step.template, turn.language, params);
    const own: Button[] = [];
    for (const button of step.buttons ?? []) {
      const converted = convertFlowButton(turn, flowId, button);
      if (converted) own.push(converted);
    }
    // A list's buttons come first, the step's own after them ("Danh mục" below the dossiers), and the list takes only
    // the room those leave: the step's own buttons are never cut.
    const listed: Button[] = [];
    if (step.buttons_from) {
      const list = getPath(variables, step.buttons_from.list);
      const taken = own.length + extra.length + templateButtonCount(messages);
      const room = Math.max(0, Math.min(step.buttons_from.limit ?? MAX_BUTTONS, MAX_BUTTONS - taken));
      if (Array.isArray(list)) {
        for (const item of list) {
          if (listed.length >= room) break;
          const scope: Variables =
            typeof item === 'object' && item !== null
              ? { ...variables, ...Object.fromEntries(Object.entries(item)) }
              : variables;
          const title = shortenAtWord(interpolate(step.buttons_from.title, scope), BUTTON_TITLE_MAX);
          const payload = interpolate(step.buttons_from.payload, scope).trim().slice(0, 1000);
          if (title && payload) listed.push({ title, action: { type: 'query', payload } });
        }
      }
    }
    if (listed.length > 0) {
      turn.listed ??= new Set();
      for (const button of listed) if (button.action.type === 'query') turn.listed.add(button.action.payload);
    }
    const buttons = [...listed, ...own, ...extra];
    if (step.image) messages.unshift({ kind: 'image', imageUrl: interpolate(step.image, variables) });
    if (buttons.length === 0) return messages;
    // Buttons ride on the last text message, after the template's own.
    for (let i = messages.length - 1; i >= 0; i -= 1) {
      const message = messages[i];
      if (message?.kind === 'text') {
        messages[i] = { ...message, buttons: [...(message.buttons ?? []), ...buttons].slice(0, MAX_BUTTONS) };
        return messages;
      }
    }
    return messages;
  };

  const askExtras: StepMessages['askExtras'] = (turn, step) => {
    const extras: Button[] = [];
    const input = parseBasicInput(step.input);
    if (input?.type === 'choice' && input.buttons !== false) {
      for (const option of input.options) {
        extras.push({
          title: templatesOf(turn).t(option.label, turn.language).slice(0, 100),
          action: { type: 'query', payload: `${CHOICE_PAYLOAD}${option.value}` },
        });
      }
    }
    if (input?.type === 'yes_no') {
      extras.push(
        {
          title: templatesOf(turn).t('common:button.yes', turn.language),
          action: { type: 'query', payload: `${CHOICE_PAYLOAD}yes` },
        },
        {
          title: templatesOf(turn).t('common:button.no', turn.language),
          action: { type: 'query', payload: `${CHOICE_PAYLOAD}no` },
        },
      );
    }
    if (step.skip) {
      extras.push({
        title: templatesOf(turn).t(step.skip.label ?? 'common:button.skip', turn.language),
        action: { type: 'query', payload: SKIP_PAYLOAD },
      });
    }
    return extras;
  };

  const imageMore: StepMessages['imageMore'] = (turn, count) =>
    render(turn, 'common:input.image_more', { count }).map((m) =>
      m.kind === 'text'
        ? {
            ...m,
            buttons: [
              {
                title: templatesOf(turn).t('common:button.done', turn.language),
                action: { type: 'query' as const, payload: DONE_PAYLOAD },
              },
            ],
          }
        : m,
    );

  return {
    render,
    menu: (turn) => render(turn, 'common:menu'),
    renderStepMessage,
    askExtras,
    imageMore,
    askMessages(turn, flowId, step) {
      const messages = renderStepMessage(turn, flowId, step, askExtras(turn, step));
      const collected = step.input.type === 'image' ? getPath(turn.session.variables, step.save) : undefined;
      if (Array.isArray(collected) && collected.length > 0) messages.push(...imageMore(turn, collected.length));
      const input = parseBasicInput(step.input);
      if (input?.type === 'contact') {
        messages.push({
          kind: 'request_user_info',
          title: templatesOf(turn).t(input.title, turn.language),
          subtitle: templatesOf(turn).t(input.subtitle, turn.language),
          ...(input.image ? { imageUrl: input.image } : {}),
        });
      }
      return messages;
    },
  };
}

/** The buttons a rendered template put on its last text message (where the step's buttons go too). */
function templateButtonCount(messages: readonly OutboundMessage[]): number {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    if (message?.kind === 'text') return message.buttons?.length ?? 0;
  }
  return 0;
}
