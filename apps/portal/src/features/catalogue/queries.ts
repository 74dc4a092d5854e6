import { useQuery, type QueryClient } from '@tanstack/react-query';
import { request } from '../../lib/api';
import {
  CatalogueLessonDocument,
  CatalogueModuleDocument,
  CatalogueTrackDocument,
  CatalogueTracksDocument,
  PrerequisiteOptionsDocument,
} from './catalogue.documents';

export const CATALOGUE_KEY = ['catalogue'] as const;

export function useCatalogueTracks() {
  return useQuery({ queryKey: [...CATALOGUE_KEY, 'tracks'], queryFn: () => request(CatalogueTracksDocument) });
}

export function useCatalogueTrack(id: string) {
  return useQuery({
    queryKey: [...CATALOGUE_KEY, 'track', id],
    queryFn: () => request(CatalogueTrackDocument, { id }),
  });
}

export function useCatalogueModule(id: string) {
  return useQuery({
    queryKey: [...CATALOGUE_KEY, 'module', id],
    queryFn: () => request(CatalogueModuleDocument, { id }),
  });
}

export function useCatalogueLesson(id: string) {
  return useQuery({
    queryKey: [...CATALOGUE_KEY, 'lesson', id],
    queryFn: () => request(CatalogueLessonDocument, { id }),
  });
}

export function usePrerequisiteOptions() {
  return useQuery({
    queryKey: [...CATALOGUE_KEY, 'prerequisite-options'],
    queryFn: () => request(PrerequisiteOptionsDocument),
  });
}

/**
 * After any edit: the authoring views, the previews and the public catalogue are refetched,
 * so no screen shows the catalogue as it was.
 */
export function invalidateCatalogue(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: CATALOGUE_KEY }),
    queryClient.invalidateQueries({ queryKey: ['learning-module'] }),
    queryClient.invalidateQueries({ queryKey: ['lesson'] }),
    queryClient.invalidateQueries({ queryKey: ['public-catalogue'] }),
  ]);
}
