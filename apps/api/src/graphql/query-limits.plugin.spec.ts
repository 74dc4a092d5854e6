import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { buildSchema, getIntrospectionQuery, GraphQLError, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  depthLimitRule,
  inspectVariables,
  MAX_QUERY_COST,
  MAX_QUERY_DEPTH,
  MAX_VARIABLE_DEPTH,
  MAX_VARIABLE_VALUES,
  queryCostPlugin,
} from './query-limits.plugin';

const schema = buildSchema(`
  type Query { node: Node, page(limit: Int): [Node!]!, search(page: PageInput): [Node!]! }
  input PageInput { offset: Int, limit: Int }
  enum Kind { A B }
  type Node { id: ID!, name: String, kind: Kind, child: Node }
`);

/** `{ node { child { … id } } }` with `depth` levels below the top field. */
function nested(depth: number): string {
  let inner = 'id';
  for (let level = 1; level < depth; level++) inner = `child { ${inner} }`;
  return `{ node { ${inner} } }`;
}

const depthErrors = (query: string) => validate(schema, parse(query), [depthLimitRule]).map((e) => e.message);

describe('depthLimitRule', () => {
  it('allows the limit and refuses one level more', () => {
    expect(depthErrors(nested(MAX_QUERY_DEPTH))).toEqual([]);
    expect(depthErrors(nested(MAX_QUERY_DEPTH + 1))).toEqual([
      `Query is too deep: depth ${MAX_QUERY_DEPTH + 1} exceeds ${MAX_QUERY_DEPTH}.`,
    ]);
    expect(depthErrors('{ node { id } }')).toEqual([]);
  });

  it('counts introspection fields like any other', () => {
    let inner = 'name';
    for (let level = 0; level < 17; level++) inner = `ofType { ${inner} }`;
    expect(depthErrors(`{ __type(name: "Node") { fields { type { ${inner} } } } }`)).toHaveLength(1);
    expect(depthErrors(`{ __schema { types { fields { type { ${inner} } } } } }`)).toHaveLength(1);
  });

  it('lets the standard introspection query through', () => {
    expect(depthErrors(getIntrospectionQuery())).toEqual([]);
    expect(depthErrors(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toEqual([]);
  });

  it('follows fragments and inline fragments', () => {
    const half = Math.ceil((MAX_QUERY_DEPTH + 1) / 2);
    const query = `
      { node { ...Deep } }
      fragment Deep on Node { ... on Node { ${nested(half)
        .slice(2, -2)
        .replace(/^node \{/, 'child {')} } ...Deeper }
      fragment Deeper on Node { ${nested(MAX_QUERY_DEPTH)
        .slice(2, -2)
        .replace(/^node \{/, 'child {')} }
    `;
    expect(depthErrors(query)).toHaveLength(1);
  });

  it('measures each fragment once, so a fan-out of fragments stays cheap', () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Node { a: child { ...F${i + 1} } b: child { ...F${i + 1} } }`,
    );
    const query = `{ node { ...F0 } } ${fragments.join(' ')} fragment F40 on Node { id }`;
    const started = Date.now();
    expect(depthErrors(query)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000); // 2^40 paths if each spread were walked again
  });

  it('does not loop on a fragment cycle (graphql reports the cycle itself)', () => {
    const query = '{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }';
    expect(() => depthErrors(query)).not.toThrow();
  });
});

describe('queryCostPlugin', () => {
  async function cost(query: string, variables: Record<string, unknown> = {}) {
    const listener = (await queryCostPlugin(() => schema).requestDidStart!(
      {} as never,
    )) as GraphQLRequestListener<never>;
    const context = { request: { variables }, document: parse(query) };
    return listener.didResolveOperation!(context as unknown as GraphQLRequestContextDidResolveOperation<never>);
  }

  it('lets a modest query through', async () => {
    await expect(cost('{ page(limit: 100) { id name kind } }')).resolves.toBeUndefined();
  });

  it('multiplies a paged list by its limit, also inside a page input, and refuses above the limit', async () => {
    // 60 fields per item: 100 items cost over 6000, 5 items about 300.
    const wide = Array.from({ length: 60 }, (_, i) => `f${i}: name`).join(' ');
    const refused = cost(`{ page(limit: 100) { ${wide} } }`);
    await expect(refused).rejects.toThrow(GraphQLError);
    await expect(refused).rejects.toMatchObject({
      message: expect.stringMatching(new RegExp(`too expensive: cost \\d+ exceeds ${MAX_QUERY_COST}`)),
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
    await expect(cost(`query ($p: PageInput) { search(page: $p) { ${wide} } }`, { p: { limit: 100 } })).rejects.toThrow(
      /too expensive/,
    );
    await expect(cost(`query ($p: PageInput) { search(page: $p) { ${wide} } }`, { p: { limit: 5 } })).resolves.toBe(
      undefined,
    );
  });

  it('reports invalid variables as BAD_USER_INPUT (HTTP 400), not as a server error', async () => {
    const bad = cost('query ($p: PageInput) { search(page: $p) { id } }', { p: { limit: 'many' } });
    await expect(bad).rejects.toMatchObject({
      message: expect.stringContaining('Variable "$p" got invalid value'),
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  });
});

describe('inspectVariables', () => {
  /** `{ a: { a: … 1 } }` with `levels` objects, built without recursion. */
  function nested(levels: number): unknown {
    let value: unknown = 1;
    for (let level = 0; level < levels; level++) value = { a: value };
    return value;
  }

  it('walks 15,000 levels without overflowing the stack, and refuses them by the depth limit', () => {
    expect(() => inspectVariables({ x: nested(15_000) })).toThrow(
      expect.objectContaining({
        message: `Variables nest too deep: more than ${MAX_VARIABLE_DEPTH} levels.`,
        originalError: expect.objectContaining({
          options: expect.objectContaining({ reason: 'QUERY_TOO_COMPLEX', params: { limit: MAX_VARIABLE_DEPTH } }),
        }),
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      }),
    );
  });

  it('allows the depth limit itself (the variables object is level 0)', () => {
    expect(inspectVariables({ x: nested(MAX_VARIABLE_DEPTH - 1) })).toEqual({ hasNul: false });
    expect(() => inspectVariables({ x: nested(MAX_VARIABLE_DEPTH) })).toThrow(/nest too deep/);
  });

  it('counts every value, in arrays and objects alike', () => {
    expect(inspectVariables({ ids: Array(MAX_VARIABLE_VALUES - 2).fill('x') })).toEqual({ hasNul: false });
    expect(() => inspectVariables({ ids: Array(MAX_VARIABLE_VALUES).fill(0) })).toThrow(/too large/);
    expect(() =>
      inspectVariables(Object.fromEntries(Array.from({ length: MAX_VARIABLE_VALUES }, (_, i) => [i, i]))),
    ).toThrow(/too large/);
  });

  it('finds a NUL anywhere, also in a key, and nothing else', () => {
    expect(inspectVariables({ a: [{ b: ['ok', 'x\u0000'] }] })).toEqual({ hasNul: true });
    expect(inspectVariables({ ['k\u0000']: 1 })).toEqual({ hasNul: true });
    expect(inspectVariables({ a: [null, 1, true, 'fine', { b: '' }] })).toEqual({ hasNul: false });
    expect(inspectVariables(undefined)).toEqual({ hasNul: false });
  });
});
