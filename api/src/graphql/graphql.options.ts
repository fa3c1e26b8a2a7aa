import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';

import { auditorViewsPlugin } from '../audit-grants/auditor-views.plugin';
import { DomainError } from '../common/domain-error';
import { formatGraphqlError } from '../common/format-graphql-error';
import { AppConfig } from '../config/app-config';
import { PolicyService } from '../policy/policy.service';
import { ComplianceMatrixService } from '../requirements/compliance-matrix.service';
import { AuthenticatedRequest, GraphqlContext } from './graphql-context';
import { Loaders } from './loaders';

/** Apollo Server settings: schema from code, per-request loaders, and our error mapping. */
export function graphqlOptions(
  config: AppConfig,
  dataSource: DataSource,
  policy: PolicyService,
): ApolloDriverConfig {
  const matrix = new ComplianceMatrixService(dataSource, config);

  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
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
      ),
    }),
    plugins: [auditorViewsPlugin(dataSource)],
    formatError: (formatted, error) => formatGraphqlError(formatted, error),
  };
}
