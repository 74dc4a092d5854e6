import { describe, expect, it } from 'vitest';
import { isPermutation } from './ordering';
import { findCycleThrough } from './prerequisite-graph';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycleThrough', () => {
  it('finds no cycle in a chain or a diamond', () => {
    expect(findCycleThrough(graph({ a: ['b'], b: ['c'], c: [] }), 'a')).toBeNull();
    expect(findCycleThrough(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }), 'a')).toBeNull();
  });

  it('names the modules of a cycle in order', () => {
    expect(findCycleThrough(graph({ a: ['b'], b: ['c'], c: ['a'] }), 'a')).toEqual(['a', 'b', 'c', 'a']);
  });

  it('sees a module that requires itself', () => {
    expect(findCycleThrough(graph({ a: ['a'] }), 'a')).toEqual(['a', 'a']);
  });

  it('ignores cycles that do not pass through the start', () => {
    expect(findCycleThrough(graph({ a: ['b'], b: ['c'], c: ['b'] }), 'a')).toBeNull();
  });

  it('copes with a long chain', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 10_000; i++) edges[`m${i}`] = [`m${i + 1}`];
    edges.m10000 = ['m0'];
    expect(findCycleThrough(graph(edges), 'm0')).toHaveLength(10_002);
  });
});

describe('isPermutation', () => {
  it('accepts every id exactly once in any order', () => {
    expect(isPermutation(['a', 'b', 'c'], ['c', 'a', 'b'])).toBe(true);
  });

  it('refuses missing, extra, duplicate or foreign ids', () => {
    expect(isPermutation(['a', 'b'], ['a'])).toBe(false);
    expect(isPermutation(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(isPermutation(['a', 'b'], ['a', 'a'])).toBe(false);
    expect(isPermutation(['a', 'b'], ['a', 'x'])).toBe(false);
  });
});
