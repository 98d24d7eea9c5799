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
  const trimmed = entry.trim();
  const labelled = /\(([^()\s]+)\)$/.exec(trimmed)?.[1];
  if (labelled && communes?.some((commune) => commune.code === labelled)) return labelled;
  const named = communes?.find((commune) => commune.name.toLocaleLowerCase('vi') === trimmed.toLocaleLowerCase('vi'));
  return named?.code ?? trimmed;
}
