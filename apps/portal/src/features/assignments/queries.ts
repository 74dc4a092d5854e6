import { useQuery, type QueryClient } from '@tanstack/react-query';
import { request } from '../../lib/api';
import {
  AssignmentLimitsDocument,
  ModuleAssignmentsDocument,
  MyAssignmentDocument,
  MyAssignmentsDocument,
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

/** Every assignment of the student's modules, with their own due date and attempts: one request. */
export function useAllMyAssignments() {
  return useQuery({ queryKey: [...ASSIGNMENTS_KEY, 'mine'], queryFn: () => request(MyAssignmentsDocument) });
}

/** The limits the API enforces; they change only with its configuration. */
export function useAssignmentLimits() {
  return useQuery({
    queryKey: [...ASSIGNMENTS_KEY, 'limits'],
    queryFn: () => request(AssignmentLimitsDocument),
    staleTime: Infinity,
  });
}

/** After a save or hand-in: the lists and the module pages show the new state. */
export function invalidateAssignments(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ASSIGNMENTS_KEY }),
    queryClient.invalidateQueries({ queryKey: ['learning-module'] }),
    queryClient.invalidateQueries({ queryKey: ['my-learning'] }),
  ]);
}
