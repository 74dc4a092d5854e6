import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ConfidentialThreadFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/api';
import {
  ConfidantsDocument,
  ConfidantWorkspaceDocument,
  ConfidentialFiguresDocument,
  ConfidentialInboxDocument,
  ConfidentialThreadDocument,
  MyConfidentialThreadsDocument,
} from './confidential.documents';

export const PAGE_SIZE = 20;

export const CONFIDENTIAL_KEY = ['confidential'] as const;
export const threadKey = (id: string) => [...CONFIDENTIAL_KEY, 'thread', id] as const;
const WORKSPACE_KEY = [...CONFIDENTIAL_KEY, 'workspace'] as const;

const page = (number: number) => ({ offset: (number - 1) * PAGE_SIZE, limit: PAGE_SIZE });

export function useConfidants() {
  return useQuery({ queryKey: [...CONFIDENTIAL_KEY, 'confidants'], queryFn: () => request(ConfidantsDocument) });
}

export function useMyThreads(pageNumber: number) {
  return useQuery({
    queryKey: [...CONFIDENTIAL_KEY, 'mine', pageNumber],
    queryFn: () => request(MyConfidentialThreadsDocument, { page: page(pageNumber) }),
    placeholderData: keepPreviousData,
  });
}

export function useInbox(pageNumber: number) {
  return useQuery({
    queryKey: [...CONFIDENTIAL_KEY, 'inbox', pageNumber],
    queryFn: () => request(ConfidentialInboxDocument, { page: page(pageNumber) }),
    placeholderData: keepPreviousData,
  });
}

/**
 * One thread. Each opening by a confidant is written to the access log, so it is fetched when
 * the page opens and kept fresh from the answers of the mutations, never refetched behind the
 * reader's back.
 */
export function useThread(id: string) {
  return useQuery({
    queryKey: threadKey(id),
    queryFn: async () => (await request(ConfidentialThreadDocument, { id })).confidentialThread,
    staleTime: Infinity,
    gcTime: 0,
  });
}

/** After a mutation answered with the thread: show it, and let the lists catch up. */
export async function showThread(queryClient: QueryClient, thread: ConfidentialThreadFieldsFragment) {
  queryClient.setQueryData(threadKey(thread.id), thread);
  await queryClient.invalidateQueries({
    queryKey: CONFIDENTIAL_KEY,
    predicate: (query) => query.queryKey[1] !== 'thread',
  });
}

export function useWorkspace() {
  return useQuery({ queryKey: WORKSPACE_KEY, queryFn: () => request(ConfidantWorkspaceDocument) });
}

export function useFigures(year: number) {
  return useQuery({
    queryKey: [...CONFIDENTIAL_KEY, 'figures', year],
    queryFn: () => request(ConfidentialFiguresDocument, { year }),
    placeholderData: keepPreviousData,
  });
}
