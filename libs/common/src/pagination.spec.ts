import { describe, expect, it } from 'vitest';
import { clampPage, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

describe(clampPage.name, () => {
  it('defaults to the first page of the default size', () => {
    expect(clampPage(undefined)).toEqual({ offset: 0, limit: DEFAULT_PAGE_SIZE });
    expect(clampPage(null)).toEqual({ offset: 0, limit: DEFAULT_PAGE_SIZE });
    expect(clampPage({ offset: null, limit: null })).toEqual({ offset: 0, limit: DEFAULT_PAGE_SIZE });
  });

  it('keeps a page within the limits', () => {
    expect(clampPage({ offset: 40, limit: 20 })).toEqual({ offset: 40, limit: 20 });
    expect(clampPage({ limit: MAX_PAGE_SIZE })).toEqual({ offset: 0, limit: MAX_PAGE_SIZE });
  });

  it('clamps a page that is too large, empty or negative', () => {
    expect(clampPage({ limit: 10_000 }).limit).toBe(MAX_PAGE_SIZE);
    expect(clampPage({ limit: 0 }).limit).toBe(1);
    expect(clampPage({ limit: -5 }).limit).toBe(1);
    expect(clampPage({ offset: -10 }).offset).toBe(0);
  });
});
