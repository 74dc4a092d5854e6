import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  getVariableValues,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  CommonRefusal,
  DEFAULT_PAGE_SIZE,
  DomainError,
  ErrorCode,
  MAX_PAGE_SIZE,
  type RefusalParams,
} from '@imh/common';
import type { GraphQLContext } from '../auth/request-context';
import { DEFAULT_LIST_SIZE, LIST_SIZES } from './list-sizes';

export const MAX_QUERY_DEPTH = 15;
/**
 * Budgets for the query cost (see `listEstimator`: about the number of values in the answer
 * when every list is as long as it can get): signed in, and signed out. The portal's dearest
 * document (an enrolment CSV preview of 1,000 rows) costs about 23,000; the public catalogue
 * about 700. The query-cost integration spec checks every portal document against the budget.
 */
export const MAX_QUERY_COST = 100_000;
export const MAX_QUERY_COST_SIGNED_OUT = 5_000;
export const MAX_ALIASES_PER_FIELD = 10;
/**
 * The most tokens a document may have (graphql's parse option), checked while parsing: the
 * portal's largest document has under 200, the standard introspection query 180. Below it a
 * document nests at most 1,000 levels, which the recursive parser and validation rules walk
 * without exhausting the stack (a 5,000-level document did), and validation stays fast.
 */
export const MAX_QUERY_TOKENS = 2_000;
/**
 * Variables are JSON of any shape until GraphQL coerces them: bound how deep they nest and how
 * many values they hold before anything walks them. The deepest real input (a rubric's levels,
 * a proposal's meetings) nests 6 levels; the largest (a grouping pool of 10,000 students with
 * pins and pairs) holds under 100,000 values.
 */
export const MAX_VARIABLE_DEPTH = 20;
export const MAX_VARIABLE_VALUES = 100_000;

/**
 * Depth is checked while validating, before anything runs. A field's children are one level
 * below it (`{ me { id } }` has depth 1). Unlike graphql-depth-limit, introspection fields
 * count too: `__type { fields { type { ofType { … } } } }` nests like any other field. The
 * standard introspection query has depth 14, so tools still work. Each fragment is measured
 * once, so a document cannot make this check itself expensive; fragment cycles are left to
 * graphql's own NoFragmentCycles rule.
 */
export const depthLimitRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const depth = selectionDepth(operation.selectionSet, context, new Map());
    if (depth > MAX_QUERY_DEPTH) {
      context.reportError(
        refused(
          `Query is too deep: depth ${depth} exceeds ${MAX_QUERY_DEPTH}.`,
          CommonRefusal.QUERY_TOO_COMPLEX,
          { limit: MAX_QUERY_DEPTH, depth },
          [operation],
        ),
      );
    }
  },
});

function selectionDepth(set: SelectionSetNode, context: ValidationContext, fragments: Map<string, number>): number {
  let max = 0;
  for (const selection of set.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      depth = selection.selectionSet ? 1 + selectionDepth(selection.selectionSet, context, fragments) : 0;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, context, fragments);
    } else {
      const name = selection.name.value;
      if (!fragments.has(name)) {
        fragments.set(name, 0); // a cycle back to this fragment adds nothing
        const fragment = context.getFragment(name);
        fragments.set(name, fragment ? selectionDepth(fragment.selectionSet, context, fragments) : 0);
      }
      depth = fragments.get(name)!;
    }
    max = Math.max(max, depth);
  }
  return max;
}

/** The list fields of `__Type`, and the fields whose `__Type` may select them. */
const TYPE_LISTS = new Set(['fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues']);
const LISTING_TYPE_FIELDS = new Set(['__type', 'types']);

/**
 * Introspection answers from the schema in memory, so its lists are costed once (see
 * `listEstimator`) — but `__schema { types { fields { type { fields { type { fields … } } } } } }`
 * would multiply the schema by itself at every level. This rule keeps introspection to the
 * shape every tool uses: a type's lists (`fields`, `enumValues`, …) only on a type reached
 * through `__type(name:)` or `__schema { types }`, never on a type reached through a field's
 * `type`, an `ofType`, `interfaces` or `possibleTypes`. The answer is then at most types × fields
 * × arguments. Walked without recursion, each fragment once per position.
 */
export const introspectionShapeRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const schema = context.getSchema();
    const walked = new Set<string>();
    const pending: { set: SelectionSetNode; type: GraphQLNamedType | undefined | null; nested: boolean }[] = [
      { set: operation.selectionSet, type: schema.getRootType(operation.operation), nested: false },
    ];
    while (pending.length) {
      const { set, type, nested } = pending.pop()!;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (nested && type?.name === '__Type' && TYPE_LISTS.has(name)) {
            context.reportError(
              refused(
                `Introspection may list a type's ${name} only for types from __type or __schema.types.`,
                CommonRefusal.QUERY_TOO_COMPLEX,
                { field: name },
                [selection],
              ),
            );
            return;
          }
          if (!selection.selectionSet) continue;
          const child = fieldType(schema, type, name);
          const childNested = child?.name === '__Type' ? !LISTING_TYPE_FIELDS.has(name) : nested;
          pending.push({ set: selection.selectionSet, type: child, nested: childNested });
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
          pending.push({ set: selection.selectionSet, type: condition ?? type, nested });
        } else {
          const key = `${selection.name.value}:${nested}`;
          const fragment = context.getFragment(selection.name.value);
          if (walked.has(key) || !fragment) continue;
          walked.add(key);
          pending.push({ set: fragment.selectionSet, type: schema.getType(fragment.typeCondition.name.value), nested });
        }
      }
    }
  },
});

/** The named type a field of `parent` returns, introspection's meta fields included. */
function fieldType(
  schema: GraphQLSchema,
  parent: GraphQLNamedType | undefined | null,
  name: string,
): GraphQLNamedType | undefined {
  if (name === '__schema') return schema.getType('__Schema') ?? undefined;
  if (name === '__type') return schema.getType('__Type') ?? undefined;
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  const field = parent.getFields()[name];
  return field ? getNamedType(field.type) : undefined;
}

/**
 * The cost of a query is an estimate of how many values its answer holds: every field costs 1,
 * and a list costs its items that many times: a paginated list (`page: PageInput`, or a
 * `limit`) its page size (the default when not given, at most MAX_PAGE_SIZE, as the services
 * clamp it), any other list its estimated maximum from LIST_SIZES. A page type's `items` is
 * already multiplied by the field that takes the page. Introspection lists count once.
 */
const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection reads the schema in memory; introspectionShapeRule bounds how its lists nest.
  if (type.name.startsWith('__') || field.name === '__schema' || field.name === '__type') return 1 + childComplexity;
  if (field.name === 'items' && isPageType(type)) return childComplexity;
  const pageSize = requestedPageSize(field, args);
  if (pageSize !== undefined) return 1 + childComplexity * pageSize;
  if (isListType(getNullableType(field.type)) && childComplexity > 0) {
    const size = LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
    return 1 + childComplexity * Math.max(typeof size === 'function' ? size(args) : size, 1);
  }
  return 1 + childComplexity;
};

function requestedPageSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | undefined {
  const takesPage = field.args.some((arg) => arg.name === 'page' || arg.name === 'limit');
  if (!takesPage) return undefined;
  const limit = (args.limit ?? (args.page as { limit?: unknown } | undefined)?.limit) as number | undefined;
  return Math.min(Math.max(typeof limit === 'number' ? limit : DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
}

/** `Paginated(…)` types: `items`, `totalCount`, `offset`, `limit`. */
function isPageType(type: GraphQLCompositeType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return ['items', 'totalCount', 'offset', 'limit'].every((name) => name in fields);
}

/** The cost of an operation, as the plugin computes it; the portal's documents are checked against it. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    operationName,
    query: document,
    variables,
    estimators: [fieldExtensionsEstimator(), listEstimator],
  });
}

/**
 * What of the variables a cost can depend on: the estimator reads numbers (page sizes), list
 * lengths and object keys, and `@include`/`@skip` read booleans; the text of a string never
 * changes a cost. Strings become one marker, everything else stays.
 */
function costShape(variables: Record<string, unknown>): string {
  return JSON.stringify(variables, (_key, value: unknown) => (typeof value === 'string' ? 0 : value));
}

/** Cached costs per schema and parsed document (Apollo reuses a query's parsed document), by operation and costShape. */
const costCache = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
/** How many variable shapes one document keeps; a client varying list lengths cannot grow it further. */
const SHAPES_PER_DOCUMENT = 32;

/**
 * queryCost, remembered per document: the same page asked again costs a look-up instead of a
 * walk of the whole document. The variables are still coerced on every request, so invalid ones
 * are refused exactly as queryCost refuses them (graphql's own error, the last one reported).
 */
export function cachedQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  let documents = costCache.get(schema);
  if (!documents) costCache.set(schema, (documents = new WeakMap()));
  let costs = documents.get(document);
  if (!costs) documents.set(document, (costs = new Map()));
  const key = `${operationName ?? ''}\u0000${costShape(variables)}`;
  const cached = costs.get(key);
  if (cached === undefined) {
    const cost = queryCost(schema, document, variables, operationName);
    if (costs.size < SHAPES_PER_DOCUMENT) costs.set(key, cost);
    return cost;
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (typeof operationName === 'string' && definition.name?.value !== operationName) continue;
    const { errors } = getVariableValues(schema, definition.variableDefinitions ?? [], variables);
    if (errors?.length) throw errors[errors.length - 1];
  }
  return cached;
}

/** Parsed documents without NUL literals and with aliases bounded (checks of the document alone). */
const checkedDocuments = new WeakSet<DocumentNode>();

/** The most a signed-in or a signed-out request may cost. */
export function costBudget(signedIn: boolean): number {
  return signedIn ? MAX_QUERY_COST : MAX_QUERY_COST_SIGNED_OUT;
}

/**
 * Refuses a field asked for under more than MAX_ALIASES_PER_FIELD response keys in one
 * selection set (`{ a: users … b: users … }`); fragments spread into the set count too. The
 * portal uses no aliases.
 */
export function assertAliasesBounded(document: DocumentNode): void {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
  }
  const sets: SelectionSetNode[] = [];
  visit(document, { SelectionSet: (set) => void sets.push(set) });
  for (const set of sets) {
    // Response keys per field name in this set, through inline fragments and spreads.
    const keys = new Map<string, Set<string>>();
    const pending: SelectionSetNode[] = [set];
    const spread = new Set<string>();
    while (pending.length) {
      for (const selection of pending.pop()!.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          const named = keys.get(name) ?? new Set<string>();
          named.add(selection.alias?.value ?? name);
          keys.set(name, named);
          if (named.size > MAX_ALIASES_PER_FIELD) {
            throw refused(
              `Too many aliases: field "${name}" is asked for more than ${MAX_ALIASES_PER_FIELD} times.`,
              CommonRefusal.QUERY_TOO_COMPLEX,
              { limit: MAX_ALIASES_PER_FIELD, field: name },
            );
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          pending.push(selection.selectionSet);
        } else if (!spread.has(selection.name.value)) {
          spread.add(selection.name.value);
          const fragment = fragments.get(selection.name.value);
          if (fragment) pending.push(fragment);
        }
      }
    }
  }
}

/**
 * Aliases and cost are checked once the operation is known, before execution. Past the
 * signed-in budget a request is BAD_USER_INPUT; between the signed-out and the signed-in budget
 * a visitor is told to sign in (UNAUTHENTICATED, as for any signed-in-only operation), so the
 * budget does not change what the permission rules answer.
 */
export function queryCostPlugin(getSchema: () => GraphQLSchema): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          // Postgres cannot store NUL in text; refuse it here rather than as a database error.
          // A document seen before passed the checks that depend on it alone (no NUL literal,
          // aliases bounded); they are not repeated for it.
          const known = checkedDocuments.has(document);
          if (inspectVariables(request.variables).hasNul || (!known && containsNulLiteral(document))) {
            throw refused('Text may not contain NUL characters.', CommonRefusal.VALIDATION_FAILED);
          }
          let cost: number;
          try {
            cost = cachedQueryCost(getSchema(), document, request.variables ?? {}, request.operationName ?? undefined);
          } catch (error) {
            // getComplexity coerces the variables first and throws graphql's own message when they
            // are invalid (an unknown enum value, a wrong type): the client's mistake, safe to show.
            // It also stops walking a document past 10,000 nodes.
            if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
              throw refused('Query is too large.', CommonRefusal.QUERY_TOO_COMPLEX);
            }
            if (error instanceof GraphQLError) throw badRequest(error.message);
            throw error;
          }
          if (!known) {
            assertAliasesBounded(document);
            checkedDocuments.add(document);
          }
          if (cost > MAX_QUERY_COST) {
            throw refused(
              `Query is too expensive: cost ${cost} exceeds ${MAX_QUERY_COST}.`,
              CommonRefusal.QUERY_TOO_COMPLEX,
              {
                limit: MAX_QUERY_COST,
                cost,
              },
            );
          }
          // A request only a signed-in user may make this large: to a visitor the answer is the
          // one any signed-in-only operation gives them, with the budget named.
          const limit = costBudget(!!contextValue?.actor);
          if (cost > limit) {
            throw new GraphQLError(`Sign in for a request this large: cost ${cost} exceeds ${limit} signed out.`, {
              originalError: new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in for a request this large.', {
                reason: CommonRefusal.QUERY_TOO_COMPLEX,
                params: { limit, cost },
              }),
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}

/**
 * Walks the variables without recursion (a stack of pending values), so nesting cannot
 * overflow the call stack, and refuses them past MAX_VARIABLE_DEPTH levels or
 * MAX_VARIABLE_VALUES values. Says whether any string (or object key) holds a NUL.
 */
export function inspectVariables(variables: unknown): { hasNul: boolean } {
  let hasNul = false;
  let values = 0;
  const pending: { value: unknown; depth: number }[] = [{ value: variables, depth: 0 }];
  while (pending.length) {
    const { value, depth } = pending.pop()!;
    values += 1;
    if (values > MAX_VARIABLE_VALUES) {
      throw refused(
        `Variables are too large: more than ${MAX_VARIABLE_VALUES} values.`,
        CommonRefusal.QUERY_TOO_COMPLEX,
        { limit: MAX_VARIABLE_VALUES },
      );
    }
    if (typeof value === 'string') {
      if (value.includes('\u0000')) hasNul = true;
    } else if (value && typeof value === 'object') {
      if (depth >= MAX_VARIABLE_DEPTH) {
        throw refused(
          `Variables nest too deep: more than ${MAX_VARIABLE_DEPTH} levels.`,
          CommonRefusal.QUERY_TOO_COMPLEX,
          { limit: MAX_VARIABLE_DEPTH },
        );
      }
      const children = Array.isArray(value) ? value : Object.values(value);
      if (!Array.isArray(value) && Object.keys(value).some((key) => key.includes('\u0000'))) hasNul = true;
      for (const child of children) pending.push({ value: child, depth: depth + 1 });
    }
  }
  return { hasNul };
}

function containsNulLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

/**
 * A request refused before it runs. Apollo answers errors thrown from plugins with HTTP 500
 * unless told otherwise; these are the client's doing (400). The DomainError inside carries the
 * reason and params to the client through format-error.ts.
 */
export function refused(message: string, reason: CommonRefusal, params?: RefusalParams, nodes?: GraphQLError['nodes']) {
  return new GraphQLError(message, {
    nodes,
    originalError: DomainError.badInput(message, undefined, reason, params),
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

/** Graphql's own message for invalid variables: the client's mistake, safe to show. */
function badRequest(message: string) {
  return refused(message, CommonRefusal.VALIDATION_FAILED);
}
