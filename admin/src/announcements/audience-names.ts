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

export interface CommuneName {
  code: string;
  name: string;
}

/** How the picker shows a commune: "Phường Kinh Bắc (07103)"; a code the catalogue does not know as it is. */
export function communeLabel(communes: readonly CommuneName[] | undefined, code: string): string {
  const commune = communes?.find((candidate) => candidate.code === code);
  return commune ? `${commune.name} (${commune.code})` : code;
}

/** The code a picked or typed entry stands for: the label's code, a name's code, else the words as a code. */
export function communeCode(communes: readonly CommuneName[] | undefined, entry: string): string {
  return pickedCode(
    communes?.map((commune) => ({ code: commune.code, names: [commune.name] })),
    entry,
  );
}

/** How the picker shows a topic: "Giao thông (giao-thong)" in the UI's language; a code no topic has as it is. */
export function topicLabel(topics: readonly TopicName[] | undefined, code: string, language: string): string {
  return topics?.some((topic) => topic.code === code) ? `${topicName(topics, code, language)} (${code})` : code;
}

/** The code a picked or typed topic stands for: the label's code, a name's (either language), else the words. */
export function topicCode(topics: readonly TopicName[] | undefined, entry: string): string {
  return pickedCode(
    topics?.map((topic) => ({ code: topic.code, names: topic.en ? [topic.vi, topic.en] : [topic.vi] })),
    entry,
  );
}

function pickedCode(items: readonly { code: string; names: string[] }[] | undefined, entry: string): string {
  const trimmed = entry.trim();
  const labelled = /\(([^()\s]+)\)$/.exec(trimmed)?.[1];
  if (labelled && items?.some((item) => item.code === labelled)) return labelled;
  const lower = trimmed.toLocaleLowerCase('vi');
  const named = items?.find((item) => item.names.some((name) => name.toLocaleLowerCase('vi') === lower));
  return named?.code ?? trimmed;
}
