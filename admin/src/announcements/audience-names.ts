export interface TopicName {
  code: string;
  vi: string;
  en?: string | undefined;
}

/** A topic's name in the UI's language (Vietnamese when it has no English one); its code once it was removed. */
export function topicName(topics: readonly TopicName[] | undefined, code: string, language: string): string {
  const topic = topics?.find((candidate) => candidate.code === code);
  if (!topic) return code;
  return language === 'en' ? (topic.en ?? topic.vi) : topic.vi;
}
