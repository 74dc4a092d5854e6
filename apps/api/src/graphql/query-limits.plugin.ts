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
import { CommonRefusal, DomainError, type RefusalParams } from '@imh/common';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';

export const MAX_QUERY_DEPTH = 15;
export const MAX_QUERY_COST = 5000;
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
          if (inspectVariables(request.variables).hasNul || containsNulLiteral(document)) {
            throw refused('Text may not contain NUL characters.', CommonRefusal.VALIDATION_FAILED);
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
          if (cost > MAX_QUERY_COST) {
            throw refused(
              `Query is too expensive: cost ${cost} exceeds ${MAX_QUERY_COST}.`,
              CommonRefusal.QUERY_TOO_COMPLEX,
              { limit: MAX_QUERY_COST, cost },
            );
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
