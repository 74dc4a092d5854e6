import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';

export const MAX_QUERY_DEPTH = 15;
export const MAX_QUERY_COST = 5000;

/** Depth is checked while validating, before anything runs. */
export const depthLimitRule: ValidationRule = depthLimit(MAX_QUERY_DEPTH) as ValidationRule;

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
          const cost = getComplexity({
            schema: getSchema(),
            operationName: request.operationName,
            query: document,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > MAX_QUERY_COST) {
            throw new GraphQLError(`Query is too expensive: cost ${cost} exceeds ${MAX_QUERY_COST}.`, {
              extensions: { code: 'BAD_USER_INPUT' },
            });
          }
        },
      };
    },
  };
}
