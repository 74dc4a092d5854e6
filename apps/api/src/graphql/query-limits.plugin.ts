import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';

export const MAX_QUERY_DEPTH = 15;
export const MAX_QUERY_COST = 5000;

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
        new GraphQLError(`Query is too deep: depth ${depth} exceeds ${MAX_QUERY_DEPTH}.`, { nodes: [operation] }),
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

/** A list asked for with `limit` (or inside a `page` input) costs its children that many times. */
const pagedListEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const limit = (args?.limit ?? args?.page?.limit) as number | undefined;
  return typeof limit === 'number' ? 1 + childComplexity * Math.min(Math.max(limit, 1), 100) : undefined;
};

/** Cost is checked once the operation is known, before execution. */
export function queryCostPlugin(getSchema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          // Postgres cannot store NUL in text; refuse it here rather than as a database error.
          if (containsNul(request.variables) || containsNulLiteral(document)) {
            throw badRequest('Text may not contain NUL characters.');
          }
          let cost: number;
          try {
            cost = getComplexity({
              schema: getSchema(),
              operationName: request.operationName,
              query: document,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // getComplexity coerces the variables first and throws graphql's own message when they
            // are invalid (an unknown enum value, a wrong type): the client's mistake, safe to show.
            if (error instanceof GraphQLError) throw badRequest(error.message);
            throw error;
          }
          if (cost > MAX_QUERY_COST)
            throw badRequest(`Query is too expensive: cost ${cost} exceeds ${MAX_QUERY_COST}.`);
        },
      };
    },
  };
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
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

/** Apollo answers errors thrown from plugins with HTTP 500 unless told otherwise; these are the client's doing. */
function badRequest(message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}
