import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { request } from '../../lib/api';
import { LearningModuleDocument, LessonDocument, MyLearningDocument } from './learning.documents';

export const MY_LEARNING_KEY = ['my-learning'] as const;
export const learningModuleKey = (id: string) => ['learning-module', id] as const;
export const lessonKey = (id: string) => ['lesson', id] as const;

export function useMyLearning() {
  return useQuery({ queryKey: MY_LEARNING_KEY, queryFn: () => request(MyLearningDocument) });
}

export function useLearningModule(id: string | undefined) {
  return useQuery({
    queryKey: learningModuleKey(id ?? ''),
    queryFn: () => request(LearningModuleDocument, { id: id! }),
    enabled: Boolean(id),
  });
}

export function useLesson(id: string) {
  return useQuery({ queryKey: lessonKey(id), queryFn: () => request(LessonDocument, { id }) });
}

/** After progress or enrolment changes: every student view is refetched, so all numbers agree. */
export function invalidateLearning(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: MY_LEARNING_KEY }),
    queryClient.invalidateQueries({ queryKey: ['learning-module'] }),
    queryClient.invalidateQueries({ queryKey: ['lesson'] }),
  ]);
}

/** What a page hands the next one to announce ("lesson completed"). */
export interface FlashState {
  flash?: string;
}

/**
 * A message passed through navigation state, announced once: it is set after the page's live
 * region exists (so screen readers hear it), and the history entry is cleaned so a reload or
 * "back" does not repeat it.
 */
export function useFlashFromLocation(): [string | null, (message: string | null) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [flash, setFlash] = useState<string | null>(null);
  const incoming = (location.state as FlashState | null)?.flash;
  useEffect(() => {
    if (!incoming) return;
    setFlash(incoming);
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [incoming, navigate, location.pathname, location.search]);
  return [flash, setFlash];
}
