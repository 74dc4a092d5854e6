import DataLoader from 'dataloader';

/** For rows by id: the batch returns the rows found; a missing id loads as null. */
export function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const map = new Map((await load(ids)).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** For one-to-many: the batch returns a map from parent id to its children (none → empty list). */
export function grouped<T>(load: (ids: readonly string[]) => Promise<Map<string, T[]>>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const map = await load(ids);
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** For one value per key: the batch returns a map from key to value (none → null). */
export function keyed<T>(load: (ids: readonly string[]) => Promise<Map<string, T>>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const map = await load(ids);
    return ids.map((id) => map.get(id) ?? null);
  });
}
