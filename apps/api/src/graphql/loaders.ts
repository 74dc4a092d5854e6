import DataLoader from 'dataloader';
import type { Discipline, Organisation, UserService } from '@imh/identity';

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load(ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** One set per request, so a list of N users costs one query per related type, not N. */
export function createLoaders(users: UserService) {
  return {
    discipline: byId<Discipline>((ids) => users.disciplinesByIds(ids)),
    organisation: byId<Organisation>((ids) => users.organisationsByIds(ids)),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
