import { useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { request } from '../../lib/api';
import {
  ModuleAssignmentsDocument,
  MyAssignmentDocument,
  MyAssignmentModulesDocument,
  MyAttemptDocument,
} from './assignments.documents';

export const ASSIGNMENTS_KEY = ['assignments'] as const;
export const myAssignmentKey = (id: string) => [...ASSIGNMENTS_KEY, 'assignment', id] as const;
export const moduleAssignmentsKey = (moduleId: string) => [...ASSIGNMENTS_KEY, 'module', moduleId] as const;

export function useMyAssignment(id: string) {
  return useQuery({ queryKey: myAssignmentKey(id), queryFn: () => request(MyAssignmentDocument, { id }) });
}

export function useMyAttempt(id: string) {
  return useQuery({
    queryKey: [...ASSIGNMENTS_KEY, 'attempt', id],
    queryFn: () => request(MyAttemptDocument, { id }),
  });
}

export function useModuleAssignments(moduleId: string, enabled = true) {
  return useQuery({
    queryKey: moduleAssignmentsKey(moduleId),
    queryFn: () => request(ModuleAssignmentsDocument, { moduleId }),
    enabled,
  });
}

/**
 * Every assignment of the student's modules: their modules first, then one request per module
 * (the API has no list across modules yet). React Query runs them in parallel and caches each,
 * so the module pages reuse them.
 */
export function useAllMyAssignments() {
  const modules = useQuery({
    queryKey: [...ASSIGNMENTS_KEY, 'modules'],
    queryFn: () => request(MyAssignmentModulesDocument),
  });
  const list = (modules.data?.myLearning.enrollments ?? []).flatMap((enrollment) =>
    enrollment.modules.map((module) => ({ ...module, track: enrollment.track })),
  );
  const perModule = useQueries({
    queries: list.map((module) => ({
      queryKey: moduleAssignmentsKey(module.id),
      queryFn: () => request(ModuleAssignmentsDocument, { moduleId: module.id }),
    })),
  });
  const failed = perModule.find((query) => query.isError);
  return {
    isPending: modules.isPending || perModule.some((query) => query.isPending),
    error: modules.error ?? failed?.error ?? null,
    refetch: () => Promise.all([modules.refetch(), ...perModule.map((query) => query.refetch())]),
    modules: list.map((module, index) => ({ module, assignments: perModule[index]?.data?.assignments ?? [] })),
  };
}

/** After a save or hand-in: the lists and the module pages show the new state. */
export function invalidateAssignments(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ASSIGNMENTS_KEY }),
    queryClient.invalidateQueries({ queryKey: ['learning-module'] }),
    queryClient.invalidateQueries({ queryKey: ['my-learning'] }),
  ]);
}
