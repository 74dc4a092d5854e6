import { useQuery } from '@tanstack/react-query';
import { request } from '../../lib/api';
import { CohortDocentOptionsDocument, CohortTracksDocument } from './cohorts.documents';

export const cohortKey = (id: string) => ['cohort', id] as const;
export const proposalKey = (id: string) => ['cohort-proposal', id] as const;
export const poolKey = (trackId: string, organisationId: string | null) =>
  ['cohort-pool', trackId, organisationId] as const;
export const MY_COHORTS_KEY = ['my-cohorts'] as const;

export function useCohortTracks() {
  return useQuery({ queryKey: ['cohort-tracks'], queryFn: () => request(CohortTracksDocument) });
}

/** Active docents, for the pickers on the proposal and cohort pages. */
export function useDocentOptions() {
  return useQuery({ queryKey: ['cohort-docent-options'], queryFn: () => request(CohortDocentOptionsDocument) });
}
