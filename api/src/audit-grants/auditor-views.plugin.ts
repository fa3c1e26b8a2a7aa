import type { ApolloServerPlugin } from '@apollo/server';
import { Role } from '@portal/domain';
import { DataSource } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { isUuid } from '../common/record-lookup';
import { GraphqlContext } from '../graphql/graphql-context';

/**
 * Records every answered operation of an auditor in the activity log: what they asked for and
 * which engagement, so the client can see exactly what its auditor looked at.
 */
export function auditorViewsPlugin(dataSource: DataSource): ApolloServerPlugin<GraphqlContext> {
  const activity = new ActivityService(dataSource);

  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, request, operation, response }) {
          const actor = contextValue.req.user;
          if (actor?.role !== Role.AUDITOR || operation?.operation !== 'query') return;
          if (response.body.kind === 'single' && response.body.singleResult.errors?.length) return;

          const variables = request.variables ?? {};
          const operationName = operation.name?.value ?? request.operationName ?? 'anonymous';
          const engagementId = [variables.engagementId, variables.id].find(isUuid);
          await dataSource.transaction((manager) =>
            activity.record(
              manager,
              { actor, requestId: String(contextValue.req.id) },
              {
                action: 'auditor.viewed',
                entityType: 'GraphQLOperation',
                entityId: operationName,
                engagementId: engagementId ?? null,
                changes: { operation: operationName, variables },
              },
            ),
          );
        },
      };
    },
  };
}
