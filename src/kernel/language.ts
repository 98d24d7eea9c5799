import { z } from 'zod';

/** The languages citizens and officials are served in: Vietnamese first (the default), English second. */
export const LANGUAGES = ['vi', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;
export const DEFAULT_LANGUAGE: Language = 'vi';
