import { Badge } from '@mantine/core';
import type { ReviewDecision } from '@portal/domain';

import { REVIEW_DECISION_COLORS, REVIEW_DECISION_LABELS } from './evidence.labels';

interface ReviewDecisionBadgeProps {
  /** No decision yet: the version waits for a compliance officer. */
  decision: ReviewDecision | null | undefined;
}

export function ReviewDecisionBadge({ decision }: ReviewDecisionBadgeProps) {
  if (!decision) {
    return (
      <Badge color="violet" variant="outline" tt="none">
        Awaiting review
      </Badge>
    );
  }

  return (
    <Badge color={REVIEW_DECISION_COLORS[decision]} variant="light" tt="none">
      {REVIEW_DECISION_LABELS[decision]}
    </Badge>
  );
}
