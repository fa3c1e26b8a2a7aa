import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/**
 * Evidence changes move coverage, evidence statuses of mapped requirements in other frameworks
 * and the review queue at once, so every open view of them is fetched again.
 */
const EVIDENCE_VIEWS = [
  'EngagementCompliance',
  'EngagementRequirements',
  'RequirementDetail',
  'EvidenceDetail',
  'EvidenceTargets',
  'EvidenceReviewQueue',
  'EngagementEvidenceOptions',
];

export function useRefreshEvidenceViews(): () => Promise<void> {
  const client = useApolloClient();

  return useCallback(async () => {
    try {
      await client.refetchQueries({ include: EVIDENCE_VIEWS });
    } catch {
      // Each view shows its own error state; a failed refetch needs no second message.
    }
  }, [client]);
}
