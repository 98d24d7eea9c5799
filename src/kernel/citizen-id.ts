import { z } from 'zod';

/** A citizen's id on the channel (for Zalo, the user id for this OA). Ids exceed 2^53: always strings. */
export const citizenIdSchema = z.string().min(1).max(64).brand<'CitizenId'>();
export type CitizenId = z.infer<typeof citizenIdSchema>;
