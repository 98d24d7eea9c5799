import { z } from 'zod';
import { languageSchema } from './channel.js';

/**
 * The flow format: one zod schema shared by the loader (flows/*.yaml), the engine, the admin API and the editor
 * (`npm run flows:schema` derives flows/flow.schema.json from it). Defaults live in constants here, not in stored
 * documents, so changing a default never needs a migration.
 */

export const FLOW_FORMAT_VERSION = 1;
export const MAX_BUTTONS = 5;
export const DEFAULT_ASK_RETRIES = 2;

/** Flow ids, step names and input types: lower-case letters, digits and _. */
export const identifierSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, { message: 'lower-case letters, digits and _ only, starting with a letter' });
const identifier = identifierSchema;
const flowIdSchema = identifier.describe('Flow id: lower-case letters, digits, _');
const stepIdSchema = identifier.describe('Step name inside this flow');
/** A template key `namespace:key`, e.g. `core:menu.text`. */
export const templateKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*:[A-Za-z0-9_.-]+$/, { message: 'expected namespace:key, e.g. core:menu.text' })
  .describe('Template key namespace:key, looked up in templates/<lang>/<namespace>.json');
/** A variable path, dotted for nested values (`dossier.statusLabel`). */
const variablePathSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/, {
  message: 'expected a variable name, dotted for nested values',
});
const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A button written in a flow: its title is a template key; it goes to a step, starts a flow, sends a payload or opens a URL. */
export const flowButtonSchema = z
  .object({
    title: templateKeySchema,
    goto: stepIdSchema.optional().describe('Step of this flow to continue with'),
    flow: flowIdSchema.optional().describe('Flow to start'),
    payload: z
      .string()
      .min(1)
      .max(1000)
      .optional()
      .describe('Text sent back as if the citizen typed it, e.g. #dossier'),
    url: z.url().optional(),
    phone: z.string().min(3).optional(),
  })
  .strict()
  .refine((b) => [b.goto, b.flow, b.payload, b.url, b.phone].filter((v) => v !== undefined).length === 1, {
    message: 'a button needs exactly one of goto, flow, payload, url, phone',
  });
export type FlowButton = z.infer<typeof flowButtonSchema>;

/** Buttons built from a list variable (e.g. search results): at most 5, titles and payloads interpolate item fields. */
export const buttonsFromSchema = z
  .object({
    list: variablePathSchema.describe('Variable holding an array of objects'),
    title: z.string().min(1).describe('Interpolated per item, e.g. "{{name}}"'),
    payload: z.string().min(1).describe('Interpolated per item, e.g. "#procedure {{code}}"'),
    limit: z.number().int().min(1).max(MAX_BUTTONS).optional(),
  })
  .strict();

const messagePartsShape = {
  template: templateKeySchema.describe('Template rendered with the session variables'),
  params: z
    .record(z.string(), scalarSchema)
    .optional()
    .describe('Extra template parameters; strings interpolate {{var}}'),
  buttons: z.array(flowButtonSchema).optional(),
  buttons_from: buttonsFromSchema.optional(),
  image: z.string().optional().describe('Image URL (may interpolate {{var}})'),
};

const sayStepSchema = z
  .object({
    type: z.literal('say'),
    ...messagePartsShape,
    next: stepIdSchema.optional().describe('Step to continue with; none ends the flow'),
  })
  .strict();

/**
 * An ask step's `input`: a `type` and that type's options. Input types are registered (the engine's basics, the
 * modules' own), so the shape is checked by validation against the registry, not here; `flowJsonSchema` lists the
 * registered types for editors.
 */
export const askInputSchema = z
  .object({ type: identifier.describe('Input type: text, number, yes_no, choice, … or one a module registers') })
  .catchall(z.unknown());
export type AskInput = z.infer<typeof askInputSchema>;

/** An ask step with a given `input` schema (the loose one to parse flows, the registry's one for editors). */
const createAskStepSchema = <I extends z.ZodType>(input: I) =>
  z
    .object({
      type: z.literal('ask'),
      ...messagePartsShape,
      input,
      save: variablePathSchema.describe('Variable that receives the answer'),
      retries: z
        .number()
        .int()
        .min(0)
        .max(10)
        .optional()
        .describe(`Invalid answers tolerated; default ${DEFAULT_ASK_RETRIES}`),
      invalid: templateKeySchema
        .optional()
        .describe("Sent on an invalid answer; default the input type's, e.g. common:input.invalid.<type>"),
      skip: z
        .object({
          label: templateKeySchema.optional(),
          next: stepIdSchema.optional(),
          words: z
            .string()
            .regex(/^words:[A-Za-z0-9_.-]+$/)
            .optional()
            .describe(
              'A word list whose phrases, found anywhere in a message, also skip (e.g. "thôi không muốn gửi tên" for words:feedback.anonymous)',
            ),
        })
        .strict()
        .optional()
        .describe('Allows the citizen to skip (button + a word of words:answer.skip); the variable stays unset'),
      numbered_list: z
        .boolean()
        .optional()
        .describe(
          "The question's own text lists numbered choices (the feedback's fields): a typed number answers it, and only a typed label picks one of its buttons",
        ),
      on_fail: stepIdSchema.optional().describe('Step after too many invalid answers; default: apology and the menu'),
      on_text: z
        .object({
          append: variablePathSchema.describe('Text variable the message is added to, on a line of its own'),
          max: z.number().int().min(1).optional().describe("The variable's longest (characters): past it, not added"),
          template: templateKeySchema.describe(
            "Said instead of the invalid-answer message (with the question's buttons); `{{added}}` is the text added",
          ),
        })
        .strict()
        .optional()
        .describe(
          'A question that takes no text (photos): a message that says something (no small talk, no other subject) is added to a variable instead of being refused, and the question waits on, its tries untouched. Details of a report typed at the question for photos go into its description, never lost',
        ),
      each: z
        .object({
          action: z.string().min(1).describe('Registered write action, e.g. feedback.photos.fetch'),
          args: z
            .record(z.string(), scalarSchema)
            .optional()
            .describe('Arguments; "{{var}}" alone passes the raw value'),
        })
        .strict()
        .optional()
        .describe(
          'While the answer is collected over several messages (photos), a write action run after each of them with the answer so far; its effects are recorded with that turn (photos are downloaded before their links expire). Its outcome changes nothing in the conversation',
        ),
      gives_way_to_values: z
        .boolean()
        .optional()
        .describe(
          'A question for search words: a value another flow takes (a tax code, a dossier code), typed alone or with a few words asking for it, starts that flow instead of being the answer; so does a sure wish for another flow, as at a question for a short answer (one of its keywords or examples, a value with its subject), and a reply naming the subject of another flow only is asked about',
        ),
      next: stepIdSchema.optional(),
    })
    .strict();

const callStepSchema = z
  .object({
    type: z.literal('call'),
    action: z.string().min(1).describe('Registered action name, e.g. lgsp.dossier.get'),
    args: z.record(z.string(), scalarSchema).optional().describe('Arguments; "{{var}}" alone passes the raw value'),
    save: variablePathSchema.optional(),
    on: z
      .object({
        ok: stepIdSchema.optional(),
        not_found: stepIdSchema.optional(),
        invalid: stepIdSchema.optional(),
        unavailable: stepIdSchema.optional(),
      })
      .strict()
      .describe('Step per outcome; a missing branch ends with a translated apology and the menu (ok: ends quietly)'),
  })
  .strict();

/** A condition on a variable; every operator given must hold. */
export const conditionSchema = z
  .object({
    var: variablePathSchema,
    equals: scalarSchema.optional(),
    not_equals: scalarSchema.optional(),
    in: z.array(scalarSchema).optional(),
    exists: z.boolean().optional(),
    empty: z.boolean().optional().describe('true: unset, null, empty string or empty list'),
    gt: z.number().optional(),
    lt: z.number().optional(),
    words: z
      .string()
      .regex(/^words:[A-Za-z0-9_.-]+$/)
      .optional()
      .describe('The text is one of the phrases of this word list, e.g. words:answer.no (case and diacritics aside)'),
  })
  .strict();
export type Condition = z.infer<typeof conditionSchema>;

const branchStepSchema = z
  .object({
    type: z.literal('branch'),
    cases: z
      .array(z.object({ when: z.union([conditionSchema, z.array(conditionSchema)]), next: stepIdSchema }).strict())
      .min(1),
    else: stepIdSchema,
  })
  .strict();

const setStepSchema = z
  .object({ type: z.literal('set'), values: z.record(variablePathSchema, scalarSchema), next: stepIdSchema.optional() })
  .strict();

const gotoStepSchema = z.object({ type: z.literal('goto'), next: stepIdSchema }).strict();

const flowStepSchema = z
  .object({
    type: z.literal('flow'),
    flow: flowIdSchema,
    return: z.boolean().optional().describe('true: come back to `next` when that flow ends'),
    next: stepIdSchema.optional(),
  })
  .strict();

const handoffStepSchema = z
  .object({
    type: z.literal('handoff'),
    reason: z.string().max(200).optional().describe('Shown to officials (no personal data)'),
    after_hours: stepIdSchema
      .optional()
      .describe(
        'Outside office hours, continue with this step instead (e.g. offer to leave a message); the next opening is in the variable `office_opening`. None: the handoff is a message left for the next working day',
      ),
    message: variablePathSchema
      .optional()
      .describe(
        "Variable holding the citizen's message written before this step (e.g. typed when offered to leave one): it reaches officials as unanswered and is acknowledged",
      ),
    next: stepIdSchema.optional(),
  })
  .strict();

const endStepSchema = z
  .object({
    type: z.literal('end'),
    template: templateKeySchema.optional(),
    menu: z.boolean().optional().describe('true: add the main menu buttons'),
  })
  .strict();

const createFlowStepSchema = <I extends z.ZodType>(askInput: I) =>
  z.discriminatedUnion('type', [
    sayStepSchema,
    createAskStepSchema(askInput),
    callStepSchema,
    branchStepSchema,
    setStepSchema,
    gotoStepSchema,
    flowStepSchema,
    handoffStepSchema,
    endStepSchema,
  ]);
export const flowStepSchemaUnion = createFlowStepSchema(askInputSchema);
export type FlowStep = z.infer<typeof flowStepSchemaUnion>;
export type SayStep = z.infer<typeof sayStepSchema>;
export type AskStep = Extract<FlowStep, { type: 'ask' }>;
export type CallStep = z.infer<typeof callStepSchema>;

export const flowTriggerSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('keywords'),
      values: z
        .array(z.string().min(1))
        .min(1)
        .describe('Phrases; matched without case, diacritics, with one typo in long ones'),
    })
    .strict(),
  z
    .object({
      type: z.literal('regex'),
      pattern: z.string().min(1).describe('Tested against the trimmed message; case-insensitive'),
      save: variablePathSchema.optional().describe('Saves the first group (or whole match)'),
    })
    .strict(),
  z
    .object({
      type: z.literal('payload'),
      value: z.string().regex(/^#\S+$/, { message: 'payloads start with # and have no spaces' }),
      save: variablePathSchema.optional().describe('Saves the text after the payload, e.g. "#procedure 1.234" → 1.234'),
    })
    .strict(),
  z.object({ type: z.literal('event'), event: z.enum(['follow']) }).strict(),
  z.object({ type: z.literal('fallback') }).strict(),
]);
export type FlowTrigger = z.infer<typeof flowTriggerSchema>;

/** Most examples a flow may give per language: enough for variety, few enough to keep matching fast. */
export const MAX_EXAMPLES_PER_LANGUAGE = 200;

/** Phrases citizens say to reach a flow, per language; the intent matcher learns from them (`intent-matcher.ts`). */
export const flowExamplesSchema = z
  .partialRecord(languageSchema, z.array(z.string().trim().min(1).max(200)).max(MAX_EXAMPLES_PER_LANGUAGE))
  .describe('Phrases citizens send to reach this flow, per language (vi, en); matched loosely, never exactly');

/** A value found anywhere in a message (a dossier code in "hồ sơ số … sao rồi") that fills a variable of the flow. */
export const flowEntitySchema = z
  .object({
    type: identifier.describe('An input type that can find its values inside a sentence (dossier_code, tax_code…)'),
    save: variablePathSchema.describe('Variable that receives the value'),
  })
  .strict();
export type FlowEntity = z.infer<typeof flowEntitySchema>;

const createFlowDefinitionSchema = <I extends z.ZodType>(askInput: I) =>
  z
    .object({
      $schema: z.string().optional(),
      id: flowIdSchema,
      title: z.string().min(1).describe('For admins; not shown to citizens'),
      format: z.literal(FLOW_FORMAT_VERSION),
      description: z.string().optional(),
      triggers: z.array(flowTriggerSchema).default([]),
      examples: flowExamplesSchema.optional(),
      entities: z
        .array(flowEntitySchema)
        .max(5)
        .optional()
        .describe('Values found inside a message that fill variables; such a message reaches this flow'),
      topic: variablePathSchema
        .optional()
        .describe(
          "Receives the message's topic words (filler and question words stripped) when examples reach the flow",
        ),
      carry_message: variablePathSchema
        .optional()
        .describe(
          'Receives the citizen\'s first message as typed when it already tells more than the flow\'s keywords (a problem described: "đường ở thôn 3 bị sụt lún"), so the flow need not ask for it',
        ),
      carry_words: variablePathSchema
        .optional()
        .describe(
          "Receives the citizen's first message as typed when it says anything beyond the flow's keywords, even too little to carry (\"phản ánh đèn đường hỏng\"): a hint for the flow's questions (the feedback offers the field its words name), never an answer",
        ),
      label: templateKeySchema
        .optional()
        .describe('What citizens see on a "did you mean" button for this flow; without it the flow is never offered'),
      resumable: z
        .object({
          name: templateKeySchema.describe(
            'What the offer to resume calls it, as a noun mid-sentence ("phản ánh" / "report"): "Anh/chị còn phản ánh đang viết dở…"',
          ),
          photos: stepIdSchema
            .optional()
            .describe(
              'Its question for photos (an ask step of input type image): photos the citizen sends while the flow is kept and nothing else runs, or while it waits at another of its questions, are added to its answer (within its max; its `each` runs for them); a kept flow resumes',
            ),
          resume_through: z
            .record(stepIdSchema, stepIdSchema)
            .optional()
            .describe(
              'Where a flow kept at one of these questions resumes instead of asking it again: a step before it that works out again what it shows (the summary through the step that counts the photos)',
            ),
        })
        .strict()
        .optional()
        .describe(
          'Left for another subject while it waits for the citizen, once they have given it something, the flow is kept (one slot) and offered back when the other subject is done',
        ),
      start: stepIdSchema.describe('First step'),
      steps: z.record(stepIdSchema, createFlowStepSchema(askInput)),
    })
    .strict();
export const flowDefinitionSchema = createFlowDefinitionSchema(askInputSchema);
export type FlowDefinition = z.infer<typeof flowDefinitionSchema>;
export type FlowDefinitionInput = z.input<typeof flowDefinitionSchema>;

/**
 * The JSON Schema editors use for autocompletion (written by `npm run flows:schema`), with `input` as the given
 * registry's types (`InputTypeRegistry.inputSchema()`: the engine's and the shipped modules').
 */
export function flowJsonSchema(inputSchema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(createFlowDefinitionSchema(inputSchema), { io: 'input', unrepresentable: 'any' });
}
