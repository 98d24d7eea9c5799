/** Serves the sandbox phone page (a simulated citizen's Zalo chat); mount at `/sandbox/phone`. */
export { createPhoneRouter, DEFAULT_CONTROL_API_BASE, type PhoneRouterOptions } from './create-phone-router.js';
