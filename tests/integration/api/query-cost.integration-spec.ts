// The query cost model (query-limits.plugin.ts, list-sizes.ts) against the booted app's schema:
// every document the portal sends stays under the signed-in budget, the 200-alias probe of
// issue 9 is refused, and the list-size table names only real list fields.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '@imh/common';
import { LIST_SIZES } from '../../../apps/api/src/graphql/list-sizes';
import {
  MAX_ALIASES_PER_FIELD,
  MAX_QUERY_COST,
  MAX_QUERY_COST_SIGNED_OUT,
  MAX_QUERY_TOKENS,
  queryCost,
} from '../../../apps/api/src/graphql/query-limits.plugin';
import * as portal from '../../../apps/portal/src/gql/graphql';
import { expectError } from '../support/expect-error';
import { createUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let schema: GraphQLSchema;

beforeAll(async () => {
  app = await startTestApp();
  schema = app.api.get(GraphQLSchemaHost).schema;
});
afterAll(async () => {
  await app?.close();
});

const UUID = '00000000-0000-4000-8000-000000000000';

/**
 * A value for a variable of `type`, at its largest where size changes the cost: a page asks
 * for MAX_PAGE_SIZE, a list holds MAX_PAGE_SIZE items; optional input fields are left out.
 */
function sampleValue(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return Array.from({ length: MAX_PAGE_SIZE }, () => sampleValue(inner.ofType));
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    if (inner.name === 'PageInput') return { offset: 0, limit: MAX_PAGE_SIZE };
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  switch (inner.name) {
    case 'ID':
      return UUID;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2030-01-01T00:00:00.000Z';
    default:
      return 'x';
  }
}

/** Every operation the portal sends (codegen's documents, fragments included), with the variables at their largest. */
function portalOperations() {
  return Object.entries(portal)
    .filter(([name, value]) => name.endsWith('Document') && value instanceof String)
    .map(([name, value]) => {
      const document = parse(String(value));
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          sampleValue(typeFromAST(schema, v.type as never) as GraphQLInputType),
        ]),
      );
      return { name, document, variables, cost: queryCost(schema, document, variables) };
    });
}

describe('the portal', () => {
  it(`sends no document costing more than the signed-in budget (${MAX_QUERY_COST})`, () => {
    const operations = portalOperations();
    expect(operations.length).toBeGreaterThan(50);
    const dear = operations.filter((o) => o.cost > MAX_QUERY_COST).map((o) => `${o.name}: ${o.cost}`);
    expect(dear).toEqual([]);
  });

  it(`sends no document of more than ${MAX_QUERY_TOKENS} tokens`, () => {
    const tokens = (text: string) => {
      const lexer = new Lexer(new Source(text));
      let count = 0;
      while (lexer.advance().kind !== TokenKind.EOF) count += 1;
      return count;
    };
    const long = Object.entries(portal)
      .filter(([name, value]) => name.endsWith('Document') && value instanceof String)
      .filter(([, value]) => tokens(String(value)) > MAX_QUERY_TOKENS / 4)
      .map(([name]) => name);
    expect(long).toEqual([]); // a quarter of the limit: room to grow
  });
});

const CATALOGUE = `publicCatalogue {
  id code title description targetAudience certificateValidityMonths requiresTrackCode requiresTrackTitle
  totalStudyHours totalAccreditationPoints
  modules { id title summary position studyHours accreditationPoints lessonCount learningGoals }
}`;
const aliased = (count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;

describe('the 200-alias probe of issue 9', () => {
  it('200 aliases of publicCatalogue, signed out, are refused before anything runs, naming the limit', async () => {
    const query = aliased(200, 'publicCatalogue { modules { id } }');

    const { result: res, count } = await app.sql.count(() => app.client().gql(query));

    const error = expectError(res, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX');
    expect(error.extensions?.params).toEqual({ limit: MAX_ALIASES_PER_FIELD, field: 'publicCatalogue' });
    expect(res.status).toBe(400);
    expect(count).toBe(0);
  });

  it('signed in, the same request is refused by the alias limit', async () => {
    const { email, password } = await createUser();
    const student = app.client();
    await student.login(email, password);
    const res = await student.gql(aliased(200, 'publicCatalogue { modules { id } }'));
    expect(expectError(res, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX').extensions?.params).toEqual({
      limit: MAX_ALIASES_PER_FIELD,
      field: 'publicCatalogue',
    });
  });

  it('with every field of the catalogue, or 2,000 times, the request is refused by the token limit while parsing', async () => {
    for (const query of [aliased(200, CATALOGUE), aliased(2_000, 'publicCatalogue { id modules { id } }')]) {
      const { result: res, count } = await app.sql.count(() => app.client().gql(query));
      expect(expectError(res, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX').extensions?.params).toEqual({
        limit: MAX_QUERY_TOKENS,
      });
      expect(count).toBe(0);
    }
  });

  it('one catalogue is answered signed out; a few within the alias limit only signed in', async () => {
    const one = await app.client().gql(`{ ${CATALOGUE} }`);
    expect(one.errors).toBeUndefined();
    expect(Array.isArray(one.data!.publicCatalogue)).toBe(true);

    const several = aliased(MAX_ALIASES_PER_FIELD, CATALOGUE);
    const cost = queryCost(schema, parse(several));
    expect(cost).toBeGreaterThan(MAX_QUERY_COST_SIGNED_OUT);
    expect(cost).toBeLessThan(MAX_QUERY_COST);
    // Too large for a visitor: the answer any signed-in-only request gets, with the budget named.
    expect(
      expectError(await app.client().gql(several), 'UNAUTHENTICATED', 'QUERY_TOO_COMPLEX').extensions?.params,
    ).toEqual({
      limit: MAX_QUERY_COST_SIGNED_OUT,
      cost,
    });
    const { email, password } = await createUser();
    const student = app.client();
    await student.login(email, password);
    expect((await student.gql(several)).errors).toBeUndefined();
  });

  it(`${MAX_ALIASES_PER_FIELD + 1} aliases of a cheap field are refused by the alias limit`, async () => {
    const { email, password } = await createUser();
    const student = app.client();
    await student.login(email, password);

    const res = await student.gql(aliased(MAX_ALIASES_PER_FIELD + 1, 'me { id }'));

    expect(expectError(res, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX').extensions?.params).toEqual({
      limit: MAX_ALIASES_PER_FIELD,
      field: 'me',
    });
  });
});

/** Every list-of-objects field in the schema, as `Type.field`, except the `items` of page types. */
function objectListFields(): string[] {
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const own = type.getFields();
    const isPage = ['items', 'totalCount', 'offset', 'limit'].every((name) => name in own);
    for (const field of Object.values(own)) {
      if (isPage && field.name === 'items') continue;
      if (field.args.some((arg) => arg.name === 'page')) continue;
      if (isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type))) {
        fields.push(`${type.name}.${field.name}`);
      }
    }
  }
  return fields.sort();
}

describe('the list-size table', () => {
  it('names only lists of objects the schema has, and every such list', () => {
    const lists = objectListFields();
    expect(Object.keys(LIST_SIZES).filter((key) => !lists.includes(key))).toEqual([]);
    expect(lists.filter((key) => !(key in LIST_SIZES))).toEqual([]);
  });
});
