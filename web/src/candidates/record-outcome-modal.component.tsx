import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { FeedbackVisibility, InterviewOutcome } from '@portal/domain';
import { type FormEvent, useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { INTERVIEW_OUTCOME_LABELS, STAFFING_QUERIES } from '../seats/staffing.labels';
import { recordInterviewOutcomeMutation } from './candidate.documents';

interface RecordOutcomeModalProps {
  interview: { id: string; version: number; candidateName: string } | null;
  onClose: () => void;
}

/** The client's decision; feedback is shared with the agency only when the manager says so. */
export function RecordOutcomeModal({ interview, onClose }: RecordOutcomeModalProps) {
  const [outcome, setOutcome] = useState<InterviewOutcome>(InterviewOutcome.APPROVED);
  const [feedback, setFeedback] = useState('');
  const [visibility, setVisibility] = useState<FeedbackVisibility>(
    FeedbackVisibility.CLIENT_INTERNAL,
  );
  const [record, { loading, error, reset }] = useMutation(recordInterviewOutcomeMutation, {
    refetchQueries: STAFFING_QUERIES,
    awaitRefetchQueries: true,
  });

  const close = () => {
    reset();
    setFeedback('');
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!interview) return;
    try {
      await record({
        variables: {
          input: {
            id: interview.id,
            version: interview.version,
            outcome,
            feedback: feedback.trim(),
            feedbackVisibility: visibility,
          },
        },
      });
      close();
    } catch {
      // The mutation's error state carries the server's explanation.
    }
  };

  return (
    <Modal
      opened={interview !== null}
      onClose={close}
      title={`Interview outcome: ${interview?.candidateName ?? ''}`}
      centered
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="sm">
          {error && <ErrorAlert error={error} />}
          <SegmentedControl
            aria-label="Outcome"
            value={outcome}
            onChange={(value) => setOutcome(value as InterviewOutcome)}
            data={Object.values(InterviewOutcome).map((value) => ({
              value,
              label: INTERVIEW_OUTCOME_LABELS[value],
            }))}
          />
          <Textarea
            label="Feedback"
            autosize
            minRows={3}
            value={feedback}
            onChange={(event) => setFeedback(event.currentTarget.value)}
          />
          <SegmentedControl
            aria-label="Who reads the feedback"
            value={visibility}
            onChange={(value) => setVisibility(value as FeedbackVisibility)}
            data={[
              { value: FeedbackVisibility.SHARED_WITH_AGENCY, label: 'Share with the agency' },
              { value: FeedbackVisibility.CLIENT_INTERNAL, label: 'Keep internal' },
            ]}
          />
          <Text size="xs" c="dimmed">
            Internal feedback is never shown to the agency or the engineer.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Record outcome
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
