import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { topicName } from './audience-names';

/** The subscription topics' names, for showing an audience in words. */
export function useTopicName(): (code: string) => string {
  const { i18n } = useTranslation();
  const topics = useQuery({
    queryKey: ['announcement-topics'],
    queryFn: () => unwrap(api.GET('/api/admin/announcements/topics')),
  });
  return (code) => topicName(topics.data?.items, code, i18n.language);
}
