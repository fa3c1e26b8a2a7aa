import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { fieldProblemsOf } from '../common/graphql-errors';
import { createMilestoneMutation } from './milestone.documents';

interface NewMilestoneModalProps {
  engagementId: string;
  opened: boolean;
  onClose: () => void;
}

/** Adds a milestone (account leads and admins); deliverables are placed in it when edited. */
export function NewMilestoneModal({ engagementId, opened, onClose }: NewMilestoneModalProps) {
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [description, setDescription] = useState('');
  const [create, { loading, error }] = useMutation(createMilestoneMutation, {
    refetchQueries: ['EngagementDetail'],
  });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await create({
        variables: { input: { engagementId, title: title.trim(), dueDate, description } },
      });
      setTitle('');
      setDueDate('');
      setDescription('');
      onClose();
    } catch {
      // Shown below.
    }
  };

  const problemOf = (field: string) =>
    fieldProblemsOf(error).find((problem) => problem.field === field)?.message;

  return (
    <Modal opened={opened} onClose={onClose} title="New milestone">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {error && !problemOf('title') && !problemOf('dueDate') && <ErrorAlert error={error} />}
          <TextInput
            label="Title"
            required
            data-autofocus
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={problemOf('title')}
          />
          <TextInput
            label="Due date"
            placeholder="YYYY-MM-DD"
            required
            value={dueDate}
            onChange={(event) => setDueDate(event.currentTarget.value)}
            error={problemOf('dueDate')}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Add milestone
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
