import { useQuery } from '@tanstack/react-query';
import { request } from '../../lib/api';
import { GradingSubmissionDocument } from './grading.documents';

export const GRADING_KEY = ['grading'] as const;
export const gradingSubmissionKey = (id: string) => [...GRADING_KEY, 'submission', id] as const;

export function useGradingSubmission(id: string) {
  return useQuery({
    queryKey: gradingSubmissionKey(id),
    queryFn: () => request(GradingSubmissionDocument, { id }),
  });
}
