import { z } from 'zod';

// What the API says of a problem of a flow: shared by the flow editor's routes and the releases' (which add texts').

/** Each problem code with the params it names; `structure` is told by `path` and `issue`. */
const FLOW_PROBLEM_CODES_DOC = [
  '`structure` (see `path`, `issue`)',
  '`yaml_invalid` {detail}',
  '`release_part_missing` {part}',
  '`start_step_missing` {step}',
  '`target_step_missing` {target}',
  '`resumable_photos_missing` {step}',
  '`resumable_photos_not_images` {step}',
  '`resume_through_not_question` {step}',
  '`resume_through_target_missing` {step, target}',
  '`step_unreachable` {start}',
  '`no_exit`',
  '`action_unknown` {action}',
  '`argument_unknown` {action, argument}',
  '`argument_missing` {action, argument}',
  '`entity_type_unknown` {type}',
  '`entity_type_cannot_find` {type}',
  '`input_type_unknown` {type}',
  '`input_options_invalid` {type, detail}',
  '`template_missing` {key, language}',
  '`label_template_missing` {key, language}',
  '`resumable_name_template_missing` {key, language}',
  '`words_missing` {key, language}',
  '`word_conflict` {phrase, first, second}',
  '`too_many_buttons` {count, maximum}',
  '`flow_unknown` {flow}',
  '`flow_duplicate` {flow}',
  '`regex_invalid` {pattern, trigger: its position among the triggers, from 1}',
  '`payload_unanswered` {payload, in: `button`|`buttons_from`|`template`, key and language for a template}',
  '`placeholder_unfilled` {placeholder, key, language}',
].join('; ');

export const flowProblemSchema = z
  .object({
    kind: z.string().meta({ example: 'missing_template' }),
    code: z.string().meta({
      example: 'template_missing',
      description:
        'What exactly is wrong, stable, for a screen to say in its language with `params` (new codes may come): ' +
        FLOW_PROBLEM_CODES_DOC,
    }),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .meta({ description: 'The values the code names', example: { key: 'core:help.contact', language: 'en' } }),
    flowId: z.string(),
    step: z.string().optional(),
    message: z.string().meta({ description: 'In English (logs, the CLI), the same as `code` and `params` say' }),
    path: z.string().optional().meta({ description: 'Structure problems: where in the flow, e.g. `steps.ask.type`' }),
    issue: z
      .discriminatedUnion('code', [
        z.object({ code: z.literal('unknown_type'), options: z.array(z.string()) }),
        z.object({ code: z.literal('missing'), expected: z.string() }),
        z.object({ code: z.literal('wrong_type'), expected: z.string(), received: z.string() }),
        z.object({ code: z.literal('unknown_key'), keys: z.array(z.string()) }),
        z.object({ code: z.literal('invalid_value'), options: z.array(z.string()) }),
        z.object({ code: z.literal('too_small'), minimum: z.number() }),
        z.object({ code: z.literal('too_big'), maximum: z.number() }),
        z.object({ code: z.literal('other') }),
      ])
      .optional()
      .meta({
        id: 'FlowSchemaIssue',
        description: 'Structure problems: what is wrong, for a screen to say in its language',
      }),
  })
  .meta({ id: 'FlowProblem' });
