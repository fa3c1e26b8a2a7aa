import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';

import { ErrorAlert } from '../common/error-alert.component';
import { revokeAuditAccessMutation } from './audit-grant.documents';

interface RevokeAuditGrantModalProps {
  /** The grant to revoke and who holds it; the modal is closed when null. */
  grant: { id: string; auditorName: string } | null;
  onClose: () => void;
}

/** Asks once before ending an auditor's access: a revoked grant cannot be restored. */
export function RevokeAuditGrantModal({ grant, onClose }: RevokeAuditGrantModalProps) {
  const [revoke, { loading, error, reset }] = useMutation(revokeAuditAccessMutation);

  const close = () => {
    reset();
    onClose();
  };

  const handleRevoke = async () => {
    if (!grant) return;

    try {
      await revoke({ variables: { id: grant.id } });
      close();
    } catch {
      // The mutation's error state carries the server's explanation to the alert.
    }
  };

  return (
    <Modal opened={grant !== null} onClose={close} title="Revoke audit access" centered>
      <Stack>
        {error && <ErrorAlert error={error} />}
        <Text size="sm">
          {grant?.auditorName} loses access to this engagement now, including packs already shared.
          To give access again, grant it anew.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" loading={loading} onClick={() => void handleRevoke()}>
            Revoke access
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
