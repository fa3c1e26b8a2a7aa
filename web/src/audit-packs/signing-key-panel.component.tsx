import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Code,
  Collapse,
  CopyButton,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';

import { CopyIcon } from '../common/copy-icon.component';
import { ErrorAlert } from '../common/error-alert.component';
import { packSigningKeyQuery } from './audit-pack.documents';
import { verifyCommand } from './audit-pack.labels';

interface CopyableBlockProps {
  value: string;
  label: string;
  testId: string;
}

function CopyableBlock({ value, label, testId }: CopyableBlockProps) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Code block fz="sm" style={{ flex: 1, wordBreak: 'break-all' }} data-testid={testId}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : `Copy ${label}`} withArrow>
            <ActionIcon
              variant="light"
              color={copied ? 'teal' : undefined}
              size="lg"
              onClick={copy}
              aria-label={`Copy ${label}`}
            >
              <CopyIcon copied={copied} />
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/**
 * The fingerprint of the key that signs every pack, and how to check a pack with it. An auditor
 * pins this fingerprint, received from the portal rather than from the pack, when verifying.
 */
export function SigningKeyPanel() {
  const { data, error } = useQuery(packSigningKeyQuery);
  const [publicKeyShown, { toggle }] = useDisclosure(false);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="signing-key">
      <Title order={2} size="h3" id="signing-key" mb={4}>
        Signing key
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Every pack carries an Ed25519 signature of its manifest. Check a downloaded pack offline,
        with no server, against this fingerprint.
      </Text>
      {error && <ErrorAlert error={error} />}
      {!data && !error && <Skeleton height={96} />}
      {data && (
        <Stack gap="sm">
          <div>
            <Text size="sm" fw={600} mb={4}>
              Key fingerprint (SHA-256)
            </Text>
            <CopyableBlock
              value={data.packSigningKey.fingerprint}
              label="fingerprint"
              testId="signing-key-fingerprint"
            />
          </div>
          <div>
            <Text size="sm" fw={600} mb={4}>
              Verify a pack
            </Text>
            <CopyableBlock
              value={verifyCommand(data.packSigningKey.fingerprint)}
              label="verify command"
              testId="verify-command"
            />
            <Text size="xs" c="dimmed" mt={4}>
              Run it in a checkout of the portal. It checks the signature, every file&apos;s
              SHA-256, that nothing is missing or added, and the activity chain; it exits with 0
              only when all of them hold.
            </Text>
          </div>
          <div>
            <Button variant="subtle" size="compact-sm" onClick={toggle} px={0}>
              {publicKeyShown ? 'Hide the public key' : 'Show the public key (PEM)'}
            </Button>
            <Collapse expanded={publicKeyShown}>
              <Code block mt="xs" fz="xs">
                {data.packSigningKey.publicKey}
              </Code>
            </Collapse>
          </div>
        </Stack>
      )}
    </Paper>
  );
}
