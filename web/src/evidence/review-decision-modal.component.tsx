import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ReviewDecision } from '@portal/domain';
import { type FormEvent, useEffect, useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { errorCodeOf, fieldProblemsOf } from '../common/graphql-errors';
import { reviewEvidenceMutation } from './evidence.documents';

const COMMENT_MIN_LENGTH = 2;

export interface VersionUnderReview {
  versionId: string;
  number: number;
  evidenceTitle: string;
}

interface ReviewDecisionModalProps {
  version: VersionUnderReview | null;
  decision: ReviewDecision;
  onClose: () => void;
  /** Called after a decision was recorded, or after learning another officer already decided. */
  onDone: () => void;
}

const ACTION_LABELS: Record<ReviewDecision, string> = {
  [ReviewDecision.ACCEPTED]: 'Accept',
  [ReviewDecision.REJECTED]: 'Reject',
};

/** Accepts or rejects one evidence version with a comment for whoever provided it. */
export function ReviewDecisionModal({
  version,
  decision,
  onClose,
  onDone,
}: ReviewDecisionModalProps) {
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string>();
  const [alreadyDecided, setAlreadyDecided] = useState(false);
  const [review, { loading, error, reset }] = useMutation(reviewEvidenceMutation);

  useEffect(() => {
    if (!version) return;

    setComment('');
    setCommentError(undefined);
    setAlreadyDecided(false);
    reset();
  }, [version, decision, reset]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!version) return;

    if (comment.trim().length < COMMENT_MIN_LENGTH) {
      setCommentError('Write a comment for whoever provided the evidence');
      return;
    }
    setCommentError(undefined);

    try {
      await review({
        variables: { input: { versionId: version.versionId, decision, comment: comment.trim() } },
      });
      notifications.show({
        color: decision === ReviewDecision.ACCEPTED ? 'green' : 'orange',
        title: decision === ReviewDecision.ACCEPTED ? 'Evidence accepted' : 'Evidence rejected',
        message: `Version ${version.number} of “${version.evidenceTitle}”.`,
      });
      onDone();
      onClose();
    } catch (mutationError) {
      if (errorCodeOf(mutationError) === 'CONFLICT') {
        setAlreadyDecided(true);
        onDone();
        return;
      }
      setCommentError(
        fieldProblemsOf(mutationError).find((problem) => problem.field === 'comment')?.message,
      );
    }
  };

  // e.g. "was provided by you; another officer must review it", or withdrawn meanwhile.
  const versionProblem = fieldProblemsOf(error).find((problem) => problem.field === 'versionId');
  const action = ACTION_LABELS[decision];
  const title = version ? `${action} version ${version.number} of “${version.evidenceTitle}”` : '';

  return (
    <Modal opened={Boolean(version)} onClose={onClose} title={title} size="lg">
      {alreadyDecided ? (
        <Stack>
          <Alert color="yellow" variant="light" title="Already reviewed" role="alert">
            Another compliance officer decided on this version while you were writing. Their
            decision stands; the list now shows what is still waiting.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>Close</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            {versionProblem ? (
              <Alert
                color="red"
                variant="light"
                title="This version cannot be reviewed"
                role="alert"
              >
                This version {versionProblem.message}.
              </Alert>
            ) : (
              error && errorCodeOf(error) !== 'CONFLICT' && <ErrorAlert error={error} />
            )}
            <Text size="sm" c="dimmed">
              Your comment is shown to whoever provided the evidence and kept with the decision.
            </Text>
            <Textarea
              label="Comment"
              required
              autosize
              minRows={3}
              data-autofocus
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              error={commentError}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button
                type="submit"
                color={decision === ReviewDecision.ACCEPTED ? 'green' : 'red'}
                loading={loading}
              >
                {action}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
