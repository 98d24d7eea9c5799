import { z } from 'zod';
import { languageSchema } from './channel.js';
import { offeredButtonSchema } from './offered-buttons.js';

/**
 * A citizen's conversation state. The release (flow versions and texts) is pinned when a conversation starts, and each
 * flow's version when it starts, so publishing never changes a conversation in flight. `v` is the shape version of
 * this record.
 */
const frameSchema = z.object({ flowId: z.string(), version: z.number().int(), step: z.string() });

/**
 * A resumable flow (a flow's `resumable`) the citizen left for another subject while it waited for them, with what
 * they had given it: offered back once nothing runs (`resume.ts`). One slot; personal data like `variables`, so it
 * goes with the conversation: at expiry, on unfollow, at the citizen's erasure.
 */
export const keptFrameSchema = z.object({
  flowId: z.string(),
  version: z.number().int(),
  /**
   * The ask step that was waiting: asked again on resuming (or reached again through the step the flow's
   * `resumable.resume_through` names for it). Another step (the flow's start) is run from on resuming: a new one of the
   * flow the citizen began while this one was kept, with what they typed, kept for later.
   */
  step: z.string(),
  /** The release the kept conversation was on (absent when it ran on an unnamed one). */
  release: z.number().int().optional(),
  stack: z.array(frameSchema),
  variables: z.record(z.string(), z.unknown()),
  /** How many times the citizen was offered to resume it. */
  offers: z.number().int().min(0),
  /** The last turn ended with the offer: a typed "tiếp tục", "ok", "bỏ" or "không" answers it. */
  offerShown: z.boolean().optional(),
  /**
   * The citizen asked for the same flow anew while this one was kept ("phản ánh", "tôi muốn phản ánh …"): what the new
   * one would start with (a description typed; empty when nothing was), until they choose to continue this one (the
   * new one is then kept for later when it holds something) or to start afresh (this one is dropped, said so).
   */
  fresh: z.record(z.string(), z.unknown()).optional(),
});
export type KeptFrame = z.infer<typeof keptFrameSchema>;

/** The button the citizen last tapped, and when (`repeated-tap.ts`). */
export const lastTapSchema = z.object({
  /** What the button sent. */
  payload: z.string(),
  /** When the citizen tapped it (the channel's time), ISO 8601. */
  at: z.string(),
  /** Whether the answer to it showed a button sending the same, in any of its messages (absent before it was kept). */
  shown: z.boolean().optional(),
});
export type LastTap = z.infer<typeof lastTapSchema>;

export const sessionSchema = z.object({
  v: z.literal(1),
  language: languageSchema.optional(),
  /** The running flow, or null between flows. */
  active: z
    .object({
      flowId: z.string(),
      version: z.number().int(),
      step: z.string(),
      /** True while the step waits for the citizen's input. */
      waiting: z.boolean(),
      retries: z.number().int().min(0),
    })
    .nullable(),
  /**
   * The release the conversation started on: its texts, and the flows it starts, until the conversation ends. Absent
   * between conversations, and in sessions stored before releases existed (they run on the live release).
   */
  release: z.number().int().optional(),
  /** Flows to return to (a `flow` step with `return: true`). */
  stack: z.array(frameSchema),
  variables: z.record(z.string(), z.unknown()),
  /** A report (or another resumable flow) set aside for another subject, offered back when nothing runs. */
  kept: keptFrameSchema.optional(),
  /**
   * The citizen chose the language ("English", the language menu): a message written in the other one does not switch
   * it back, in this conversation or a later one (kept when a session expires or a handoff ends; not past an unfollow,
   * nor once the session row itself is purged after the retention period of silence).
   */
  languageChosen: z.boolean().optional(),
  /** Which outage notice the citizen was last told and on which day (`<start>@<YYYY-MM-DD>`): told once a day. */
  outageTold: z.string().optional(),
  /**
   * During a handoff, the citizen was reminded once that the bot is paused and how to go back ("hủy"), after a message
   * the bot would have acted on ("tra cứu hồ sơ"). Forgotten once no handoff is live.
   */
  botPausedTold: z.literal(true).optional(),
  /**
   * The buttons of the bot's last message that had any, in the order shown: a typed "2", "cái cuối" or label picks
   * one (`offered-buttons.ts`). Replaced by every turn; absent when the last turn offered none.
   */
  offered: z.array(offeredButtonSchema).optional(),
  /**
   * What the buttons of the last turn's messages (all of them, not only the last) send when they carry a value
   * ("#follow_dossier <code>"): a typed wish for one of them is that tap (`offeredTapFor`). Replaced by every turn.
   */
  shownTaps: z.array(z.string()).optional(),
  /**
   * The last event was a tap on one of the offered buttons: the same tap again at once is not answered twice
   * (`repeated-tap.ts`). Replaced by every turn.
   */
  lastTap: lastTapSchema.optional(),
  /** Last activity, ISO 8601: the engine decides expiry with its clock, so the note "we start afresh" is possible. */
  updatedAt: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;
