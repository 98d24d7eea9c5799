/**
 * The shared kernel: the few basics every module speaks (citizen ids, languages, Vietnam's clock, dotted paths).
 * It depends on nothing of the project.
 */
export { citizenIdSchema, type CitizenId } from './citizen-id.js';
export { DEFAULT_LANGUAGE, LANGUAGES, languageSchema, type Language } from './language.js';
export {
  VIETNAM_OFFSET_MS,
  VIETNAM_TIME_ZONE,
  fromVietnamWallClock,
  nextVietnamHour,
  startOfVietnamDay,
  toVietnamDate,
  toVietnamWallClock,
  type VietnamWallClock,
} from './vietnam-time.js';
export { getPath, setPath } from './object-path.js';
export {
  MESSAGE_PURPOSES,
  buttonSchema,
  messagePurposeSchema,
  outboundMessageSchema,
  type Button,
  type MessagePurpose,
  type MessageSink,
  type OutboundMessage,
  type SendContext,
} from './message.js';
