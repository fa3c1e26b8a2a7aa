import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';

import { CopyIcon } from '../common/copy-icon.component';

interface HashTextProps {
  value: string;
  /** What the value is, e.g. "SHA-256" or "Key fingerprint": names the copy button. */
  label: string;
}

const SHORT_LENGTH = 12;

/** A long hex value shortened, the whole of it in a tooltip and one click away on the clipboard. */
export function HashText({ value, label }: HashTextProps) {
  return (
    <Group gap={4} wrap="nowrap" display="inline-flex">
      <Tooltip label={value} maw={360} multiline withArrow>
        <Code aria-label={`${label} ${value}`} data-value={value}>
          {value.slice(0, SHORT_LENGTH)}…
        </Code>
      </Tooltip>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : `Copy ${label}`} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
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
