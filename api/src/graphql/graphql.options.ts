import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply } from 'fastify';
import { DateTimeResolver } from 'graphql-scalars';
import { DataSource } from 'typeorm';

import { auditorViewsPlugin } from '../audit-grants/auditor-views.plugin';
import { DomainError, ErrorCode } from '../common/domain-error';
import { formatGraphqlError } from '../common/format-graphql-error';
import { AppConfig } from '../config/app-config';
import { EngagementHealthService } from '../engagement-health/engagement-health.service';
import { PolicyService } from '../policy/policy.service';
import { ComplianceMatrixService } from '../requirements/compliance-matrix.service';
import { AuthenticatedRequest, GraphqlContext } from './graphql-context';
import { Loaders } from './loaders';
import { queryLimitsRule } from './query-limits';

const MAX_DEPTH = 10;
const MAX_ALIASES = 20;

/**
 * Nested lists multiply: a small query can ask for millions of objects even when every row is
 * loaded once. Each request may resolve a bounded number of fields; past it, the request fails
 * as a whole, with one error instead of one per field.
 */
function fieldBudgetPlugin(budget: number): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      let resolved = 0;

      return {
        async executionDidStart() {
          return {
            willResolveField() {
              resolved += 1;
              if (resolved > budget) {
                throw new DomainError(
                  ErrorCode.QueryTooExpensive,
                  `This query asks for more than ${budget} fields; ask for fewer items or fewer nested fields`,
                  { limit: budget },
                );
              }
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const tooExpensive = errors.find(
            (error) => error.extensions?.code === ErrorCode.QueryTooExpensive,
          );
          if (tooExpensive) response.body.singleResult = { data: null, errors: [tooExpensive] };
        },
      };
    },
  };
}

/** Apollo Server settings: schema from code, per-request loaders, and our error mapping. */
export function graphqlOptions(
  config: AppConfig,
  dataSource: DataSource,
  policy: PolicyService,
): ApolloDriverConfig {
  const matrix = new ComplianceMatrixService(dataSource, config);
  const health = new EngagementHealthService(dataSource);

  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Instants are strict RFC 3339 with an offset: 30 February or a bare local time is refused,
    // never rolled over or read as UTC.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeResolver }] },
    playground: false,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    context: (req: AuthenticatedRequest, reply: FastifyReply): GraphqlContext => ({
      req,
      reply,
      loaders: new Loaders(
        dataSource,
        policy,
        () => {
          if (!req.user) throw DomainError.unauthenticated();
          return req.user;
        },
        matrix,
        health,
      ),
    }),
    // Depth and aliases are bounded before execution; the field budget bounds fan-out.
    validationRules: [queryLimitsRule(MAX_DEPTH, MAX_ALIASES)],
    plugins: [auditorViewsPlugin(dataSource), fieldBudgetPlugin(config.GRAPHQL_FIELD_BUDGET)],
    formatError: (formatted, error) => formatGraphqlError(formatted, error),
  };
}
