import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { buildSchema, getIntrospectionQuery, GraphQLError, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@imh/common';
import { DEFAULT_LIST_SIZE, LIST_SIZES } from './list-sizes';
import {
  assertAliasesBounded,
  cachedQueryCost,
  depthLimitRule,
  inspectVariables,
  introspectionShapeRule,
  MAX_ALIASES_PER_FIELD,
  MAX_QUERY_COST_SIGNED_OUT,
  MAX_QUERY_DEPTH,
  MAX_VARIABLE_DEPTH,
  MAX_VARIABLE_VALUES,
  queryCost,
  queryCostPlugin,
} from './query-limits.plugin';

const schema = buildSchema(`
  type Query {
    node: Node
    page(limit: Int): [Node!]!
    search(page: PageInput): [Node!]!
    users(page: PageInput): NodePage!
    tracks: [Node!]!
  }
  type Mutation { releaseGrades(submissionIds: [ID!]!): [Node!]! }
  input PageInput { offset: Int, limit: Int }
  enum Kind { A B }
  type Node { id: ID!, name: String, kind: Kind, child: Node, children: [Node!]!, tags: [String!]! }
  type NodePage { items: [Node!]!, totalCount: Int!, offset: Int!, limit: Int! }
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

describe('introspectionShapeRule', () => {
  const errors = (query: string) => validate(schema, parse(query), [introspectionShapeRule]).map((e) => e.message);

  it('lets the standard introspection queries through', () => {
    expect(errors(getIntrospectionQuery())).toEqual([]);
    expect(errors(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toEqual([]);
    expect(
      errors('{ __type(name: "Node") { fields { name type { name ofType { name } } } enumValues { name } } }'),
    ).toEqual([]);
  });

  it("refuses a type's lists on a type reached through a field's type, an ofType, interfaces or possibleTypes", () => {
    expect(errors('{ __schema { types { fields { type { fields { name } } } } } }')).toEqual([
      "Introspection may list a type's fields only for types from __type or __schema.types.",
    ]);
    expect(errors('{ __type(name: "Node") { fields { type { ofType { enumValues { name } } } } } }')).toHaveLength(1);
    expect(errors('{ __schema { types { interfaces { possibleTypes { name } } } } }')).toHaveLength(1);
    expect(errors('{ __schema { queryType { fields { name } } } }')).toHaveLength(1);
  });

  it('follows fragments to where they are spread', () => {
    const query = `{ __schema { types { ...Full fields { type { ...Full } } } } }
      fragment Full on __Type { name fields { name } }`;
    expect(errors(query)).toHaveLength(1);
    expect(errors('{ __schema { types { ...Full } } } fragment Full on __Type { name fields { name } }')).toEqual([]);
  });
});

describe('queryCost', () => {
  const costOf = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), variables);

  it('counts every field once', () => {
    expect(costOf('{ node { id name kind } }')).toBe(4);
    expect(costOf('{ node { child { id } } }')).toBe(3);
  });

  it('multiplies a paged list by its page size: the limit, the default when none, at most MAX_PAGE_SIZE', () => {
    expect(costOf('{ page(limit: 10) { id name } }')).toBe(1 + 2 * 10);
    expect(costOf('{ page { id } }')).toBe(1 + DEFAULT_PAGE_SIZE);
    expect(costOf('{ page(limit: 100000) { id } }')).toBe(1 + MAX_PAGE_SIZE);
    expect(costOf('query ($p: PageInput) { search(page: $p) { id } }', { p: { limit: 5 } })).toBe(1 + 5);
  });

  it("costs a page type's items through the field that takes the page, not twice", () => {
    expect(costOf('{ users(page: { limit: 10 }) { totalCount items { id name } } }')).toBe(1 + (1 + 2) * 10);
  });

  it('multiplies any other list by its estimated maximum from LIST_SIZES, or DEFAULT_LIST_SIZE', () => {
    expect(LIST_SIZES['Query.tracks']).toBe(3); // one per track code
    expect(costOf('{ tracks { id name } }')).toBe(1 + 2 * 3);
    expect(costOf('{ node { children { id } } }')).toBe(1 + (1 + DEFAULT_LIST_SIZE));
    expect(costOf('{ node { tags } }')).toBe(2); // a list of scalars is one value
  });

  it('counts introspection lists once (the shape rule bounds them)', () => {
    expect(costOf('{ __schema { types { name fields { name } } } }')).toBe(1 + 1 + 1 + 1 + 1);
    expect(costOf(getIntrospectionQuery())).toBeLessThan(MAX_QUERY_COST_SIGNED_OUT);
  });

  it('sizes a list from its arguments where the table says so', () => {
    expect(costOf('mutation { releaseGrades(submissionIds: ["a", "b", "c", "d"]) { id } }')).toBe(1 + 4);
  });
});

describe('assertAliasesBounded', () => {
  const aliases = (count: number, field = 'node { id }') =>
    Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

  it(`allows ${MAX_ALIASES_PER_FIELD} aliases of a field and refuses one more, naming the field and the limit`, () => {
    expect(() => assertAliasesBounded(parse(`{ ${aliases(MAX_ALIASES_PER_FIELD)} }`))).not.toThrow();
    expect(() => assertAliasesBounded(parse(`{ ${aliases(MAX_ALIASES_PER_FIELD + 1)} }`))).toThrow(
      expect.objectContaining({
        message: `Too many aliases: field "node" is asked for more than ${MAX_ALIASES_PER_FIELD} times.`,
        originalError: expect.objectContaining({
          options: expect.objectContaining({
            reason: 'QUERY_TOO_COMPLEX',
            params: { limit: MAX_ALIASES_PER_FIELD, field: 'node' },
          }),
        }),
      }),
    );
  });

  it('counts aliases spread in through fragments and inline fragments, at any depth', () => {
    const half = Math.ceil((MAX_ALIASES_PER_FIELD + 1) / 2);
    const split = `{ node { child { ...A ... on Node { ${aliases(half, 'name')} } } } }
      fragment A on Node { ${aliases(half, 'name').replace(/a(\d+):/g, 'b$1:')} }`;
    expect(() => assertAliasesBounded(parse(split))).toThrow(/field "name"/);
  });

  it('does not count a field repeated under one response key (GraphQL merges it)', () => {
    const repeated = Array.from({ length: 50 }, () => 'node { id }').join(' ');
    expect(() => assertAliasesBounded(parse(`{ ${repeated} }`))).not.toThrow();
  });
});

describe('queryCostPlugin', () => {
  async function run(query: string, { variables = {}, signedIn = true } = {}) {
    const listener = (await queryCostPlugin(() => schema).requestDidStart!(
      {} as never,
    )) as GraphQLRequestListener<never>;
    const context = {
      request: { variables },
      document: parse(query),
      contextValue: { actor: signedIn ? { userId: 'u', roles: [], sessionId: 's' } : null },
    };
    return listener.didResolveOperation!(context as unknown as GraphQLRequestContextDidResolveOperation<never>);
  }
  /** `page(limit: 100)` with `width` fields per item: costs 1 + 100 × width. */
  const widePage = (width: number) =>
    `{ page(limit: 100) { ${Array.from({ length: width }, (_, i) => `f${i}: name`).join(' ')} } }`;

  it('lets a query within the budget through', async () => {
    await expect(run('{ page(limit: 100) { id name kind } }')).resolves.toBeUndefined();
  });

  it('checks the alias bound before the cost, so a request refused for both names its aliases', async () => {
    const refused = run(`{ ${Array.from({ length: 10 }, (_, i) => `p${i}: ${widePage(60).slice(2, -2)}`).join(' ')} }`);
    await expect(refused).rejects.toThrow(GraphQLError);
    await expect(refused).rejects.toMatchObject({
      message: expect.stringContaining('Too many aliases'),
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      originalError: expect.objectContaining({
        options: expect.objectContaining({
          reason: 'QUERY_TOO_COMPLEX',
          params: { limit: MAX_ALIASES_PER_FIELD, field: 'name' },
        }),
      }),
    });
  });

  it('gives signed-out requests the smaller budget', async () => {
    // 21 values per item (within the alias limit): 100 items cost 2101, three such pages 6303.
    const fields = `${Array.from({ length: 10 }, (_, i) => `n${i}: name i${i}: id`).join(' ')} kind`;
    const query = `{ a: page(limit: 100) { ${fields} } b: page(limit: 100) { ${fields} } c: page(limit: 100) { ${fields} } }`;
    expect(queryCost(schema, parse(query))).toBeGreaterThan(MAX_QUERY_COST_SIGNED_OUT);
    await expect(run(query, { signedIn: true })).resolves.toBeUndefined();
    // A visitor is told to sign in, as for any signed-in-only operation, with the budget named.
    await expect(run(query, { signedIn: false })).rejects.toMatchObject({
      message: expect.stringContaining(`exceeds ${MAX_QUERY_COST_SIGNED_OUT}`),
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses too many aliases even when they are cheap', async () => {
    const query = `{ ${Array.from({ length: MAX_ALIASES_PER_FIELD + 1 }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    await expect(run(query)).rejects.toMatchObject({ message: expect.stringContaining('Too many aliases') });
  });

  it('reports invalid variables as BAD_USER_INPUT (HTTP 400), not as a server error', async () => {
    const bad = run('query ($p: PageInput) { search(page: $p) { id } }', { variables: { p: { limit: 'many' } } });
    await expect(bad).rejects.toMatchObject({
      message: expect.stringContaining('Variable "$p" got invalid value'),
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  });
});

describe('cachedQueryCost', () => {
  const query = `query Q($p: PageInput, $ids: [ID!]!, $kind: Kind, $deep: Boolean!) {
    search(page: $p) { id kind child @include(if: $deep) { children { id } } }
  }
  mutation M($ids: [ID!]!) { releaseGrades(submissionIds: $ids) { id } }`;

  it('answers what queryCost answers, for every page size, list length and boolean, from one parsed document', () => {
    const document = parse(query);
    for (const ids of [['a'], ['a', 'b', 'c'], [], ['z']]) {
      expect(cachedQueryCost(schema, document, { ids }, 'M')).toBe(queryCost(schema, parse(query), { ids }, 'M'));
    }
    for (const variables of [
      { p: { limit: 5 }, ids: ['a'], deep: false },
      { p: { limit: 50 }, ids: ['a', 'b', 'c'], deep: true },
      { p: { limit: 5 }, ids: ['x'], kind: 'A', deep: false },
      { p: { limit: 5 }, ids: ['y'], kind: 'B', deep: false },
      { p: null, ids: [], deep: true },
      { p: { limit: 5 }, ids: ['a'], deep: false },
    ]) {
      expect(cachedQueryCost(schema, document, variables, 'Q')).toBe(queryCost(schema, parse(query), variables, 'Q'));
    }
  });

  it('still refuses invalid variables once the cost is cached, with the error queryCost throws', () => {
    const document = parse(query);
    cachedQueryCost(schema, document, { p: { limit: 5 }, ids: ['a'], kind: 'A', deep: false }, 'Q');
    const invalid = { p: { limit: 5 }, ids: ['a'], kind: 'NOT_A_KIND', deep: false };
    const uncached = (() => {
      try {
        queryCost(schema, parse(query), invalid, 'Q');
      } catch (error) {
        return error as GraphQLError;
      }
    })();
    expect(uncached).toBeInstanceOf(GraphQLError);
    expect(() => cachedQueryCost(schema, document, invalid, 'Q')).toThrow(uncached!.message);
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
