import { AppError } from '../platform/errors.js';

/** Error codes of the conversation module. Expected outcomes (invalid input, not found) are return values instead. */
export const ConversationErrors = {
  duplicateAction: (name: string) =>
    new AppError('CONVERSATION_DUPLICATE_ACTION', 500, `Action ${name} is registered twice`, { details: { name } }),
  duplicateInputType: (type: string) =>
    new AppError('CONVERSATION_DUPLICATE_INPUT_TYPE', 500, `Input type ${type} is registered twice`, {
      details: { type },
    }),
  duplicateEffect: (type: string) =>
    new AppError('CONVERSATION_DUPLICATE_EFFECT', 500, `Effect ${type} is registered twice`, { details: { type } }),
  unknownEffect: (type: string) =>
    new AppError('CONVERSATION_UNKNOWN_EFFECT', 500, `No performer is registered for effect ${type}`, {
      details: { type },
    }),
  noEffectOutbox: (type: string) =>
    new AppError('CONVERSATION_NO_EFFECT_OUTBOX', 500, `Effect ${type} is external but no outbox is configured`, {
      details: { type },
    }),
  writeFromReadAction: (name: string) =>
    new AppError('CONVERSATION_READ_ACTION_WROTE', 500, `Read action ${name} asked for effects`, { details: { name } }),
  flowInvalid: (flowId: string, problems: unknown[]) =>
    new AppError('FLOW_INVALID', 422, `Flow ${flowId} does not validate`, { details: { flowId, problems } }),
  flowNotFound: (flowId: string, version?: number) =>
    new AppError('FLOW_NOT_FOUND', 404, `Flow ${flowId}${version === undefined ? '' : ` v${version}`} was not found`, {
      details: { flowId, version },
    }),
  templatesInvalid: (problems: unknown[]) =>
    new AppError('TEMPLATES_INVALID', 422, 'Templates do not validate', { details: { problems } }),
  templateVersionNotFound: (namespace: string, language: string, version: number) =>
    new AppError('TEMPLATE_VERSION_NOT_FOUND', 404, `Templates ${language}/${namespace} v${version} were not found`, {
      details: { namespace, language, version },
    }),
  releaseNotFound: (releaseId: number) =>
    new AppError('RELEASE_NOT_FOUND', 404, `Release ${releaseId} was not found`, { details: { releaseId } }),
  /** `releaseId` null: the release was being built (a publish of versions), not stored yet. */
  releaseInvalid: (releaseId: number | null, problems: unknown[]) =>
    new AppError(
      'RELEASE_INVALID',
      422,
      `${releaseId === null ? 'The release' : `Release ${releaseId}`} does not validate as a whole`,
      { details: { releaseId, problems } },
    ),
  releaseVersionsMissing: (missing: string[]) =>
    new AppError('RELEASE_VERSIONS_MISSING', 422, `Versions the release names do not exist: ${missing.join(', ')}`, {
      details: { missing },
    }),
  releaseAlreadyLive: (releaseId: number) =>
    new AppError('RELEASE_ALREADY_LIVE', 409, `Release ${releaseId} is already live`, { details: { releaseId } }),
  releaseNeverLive: (releaseId: number) =>
    new AppError('RELEASE_NEVER_LIVE', 409, `Release ${releaseId} was never live: publish it instead of rolling back`, {
      details: { releaseId },
    }),
  flowFileInvalid: (file: string, message: string) =>
    new AppError('FLOW_FILE_INVALID', 400, `${file}: ${message}`, { details: { file } }),
  officeHoursInvalid: (message: string) => new AppError('OFFICE_HOURS_INVALID', 500, `OFFICE_HOURS: ${message}`),
} as const;
