import { describe, expect, it } from 'vitest';
import { refusalOwners, refusalVocabulary } from './refusal-vocabulary';

describe('refusal vocabulary', () => {
  it('keeps every reason value in exactly one context enum', () => {
    const shared = [...refusalOwners()].filter(([, owners]) => owners.length > 1);
    expect(shared).toEqual([]);
  });

  it('lists each context with its reasons', () => {
    const vocabulary = refusalVocabulary();
    expect(vocabulary.catalogue).toContain('MODULE_LOCKED');
    expect(vocabulary.common).toContain('NOT_FOUND');
    expect(Object.values(vocabulary).every((reasons) => reasons.length > 0)).toBe(true);
  });
});
