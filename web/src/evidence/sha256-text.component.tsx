import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';

import { CopyIcon } from '../common/copy-icon.component';

interface Sha256TextProps {
  sha256: string;
  /** Show all 64 characters instead of the first 12. */
  full?: boolean;
}

const SHORT_LENGTH = 12;

/** A content hash, shortened with the full value on hover and one click to copy it. */
export function Sha256Text({ sha256, full = false }: Sha256TextProps) {
  return (
    <Group gap={4} wrap="nowrap" display="inline-flex">
      <Tooltip label={sha256} maw={360} multiline withArrow>
        <Code style={{ wordBreak: 'break-all' }} aria-label={`SHA-256 ${sha256}`}>
          {full ? sha256 : `${sha256.slice(0, SHORT_LENGTH)}…`}
        </Code>
      </Tooltip>
      <CopyButton value={sha256}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy SHA-256'} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={copy}
              aria-label="Copy SHA-256"
            >
              <CopyIcon copied={copied} />
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
