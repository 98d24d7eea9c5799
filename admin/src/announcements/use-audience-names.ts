import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { communeLabel, topicName, type CommuneName, type TopicName } from './audience-names';

/** The subscription topics (undefined until read). */
export function useTopics(): readonly TopicName[] | undefined {
  const topics = useQuery({
    queryKey: ['announcement-topics'],
    queryFn: () => unwrap(api.GET('/api/admin/announcements/topics')),
  });
  return topics.data?.items;
}

/** The subscription topics' names, for showing an audience in words. */
export function useTopicName(): (code: string) => string {
  const { i18n } = useTranslation();
  const topics = useTopics();
  return (code) => topicName(topics, code, i18n.language);
}

/** The province's communes (undefined while the LGSP cannot answer: codes are then typed as they are). */
export function useCommunes(): readonly CommuneName[] | undefined {
  const communes = useQuery({
    queryKey: ['announcement-communes'],
    queryFn: () => unwrap(api.GET('/api/admin/announcements/communes')),
    staleTime: 3_600_000,
    retry: false,
  });
  return communes.data?.items;
}

/** A commune code in words: "Phường Kinh Bắc (07103)", the bare code when the catalogue does not know it. */
export function useCommuneLabel(): (code: string) => string {
  const communes = useCommunes();
  return (code) => communeLabel(communes, code);
}
