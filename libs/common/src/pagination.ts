/** Offset pagination shared by every list. Limits are clamped so no page is unbounded. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  offset?: number | null;
  limit?: number | null;
}

export function clampPage(page: PageRequest | null | undefined): { offset: number; limit: number } {
  const limit = Math.min(Math.max(page?.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const offset = Math.max(page?.offset ?? 0, 0);
  return { offset, limit };
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
  limit: number;
}
