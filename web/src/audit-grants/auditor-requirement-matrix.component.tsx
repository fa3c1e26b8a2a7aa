import { useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { LoadMore } from '../common/load-more.component';
import { notifyError } from '../common/notify-error';
import { PageLoader } from '../common/page-loader.component';
import type { FrameworkKey } from '../gql/graphql';
import { auditorRequirementsQuery } from './audit-grant.documents';
import { AuditorRequirementTable } from './auditor-requirement-table.component';

const PAGE_SIZE = 50;

interface AuditorRequirementMatrixProps {
  engagementId: string;
  framework: FrameworkKey;
}

/** One granted framework's requirements, page by page. */
export function AuditorRequirementMatrix({
  engagementId,
  framework,
}: AuditorRequirementMatrixProps) {
  const { data, error, loading, fetchMore } = useQuery(auditorRequirementsQuery, {
    variables: { engagementId, framework, first: PAGE_SIZE },
  });
  const [loadingMore, setLoadingMore] = useState(false);

  const connection = data?.engagementRequirements;
  const requirements = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection?.pageInfo.endCursor } });
    } catch (fetchError) {
      notifyError(fetchError);
    } finally {
      setLoadingMore(false);
    }
  };

  if (error) return <ErrorAlert error={error} />;

  if (!connection) return loading ? <PageLoader label="Loading requirements" /> : null;

  return (
    <>
      {requirements.length > 0 ? (
        <AuditorRequirementTable requirements={requirements} />
      ) : (
        <Text c="dimmed">This framework has no requirements in scope.</Text>
      )}
      <LoadMore
        shown={requirements.length}
        totalCount={connection.totalCount}
        noun="requirement"
        hasNextPage={connection.pageInfo.hasNextPage}
        loading={loadingMore}
        onLoadMore={() => void loadMore()}
      />
    </>
  );
}
