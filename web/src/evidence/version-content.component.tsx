import { Anchor, Blockquote, Stack, Text } from '@mantine/core';

import { formatFileSize } from '../common/file-size';

export interface VersionContentFields {
  fileName: string | null;
  sizeBytes: number | null;
  contentType: string | null;
  url: string | null;
  statement: string | null;
}

interface VersionContentProps {
  version: VersionContentFields;
  /** Shows the whole statement instead of its first lines. */
  full?: boolean;
}

const STATEMENT_PREVIEW_LINES = 4;

/** What a version holds: a file's name and size, a link, or a signed statement. */
export function VersionContent({ version, full = false }: VersionContentProps) {
  if (version.url) {
    return (
      <Anchor
        href={version.url}
        target="_blank"
        rel="noopener noreferrer"
        size="sm"
        style={{ wordBreak: 'break-all' }}
      >
        {version.url}
      </Anchor>
    );
  }

  if (version.statement) {
    return (
      <Blockquote p="xs" color="indigo" fz="sm">
        <Text
          size="sm"
          lineClamp={full ? undefined : STATEMENT_PREVIEW_LINES}
          style={{ whiteSpace: 'pre-line' }}
        >
          {version.statement}
        </Text>
      </Blockquote>
    );
  }

  return (
    <Stack gap={0}>
      <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
        {version.fileName ?? 'File'}
      </Text>
      <Text size="xs" c="dimmed">
        {[
          version.sizeBytes !== null ? formatFileSize(version.sizeBytes) : null,
          version.contentType,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Stack>
  );
}
