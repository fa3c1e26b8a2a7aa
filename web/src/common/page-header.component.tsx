import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

const APPLICATION_NAME = 'Engagement Portal';

interface PageHeaderProps {
  title: string;
  children?: ReactNode;
}

/** The page's one h1, also used as the document title (React hoists <title> into <head>). */
export function PageHeader({ title, children }: PageHeaderProps) {
  return (
    <Stack gap="xs" mb="lg">
      <title>{`${title} · ${APPLICATION_NAME}`}</title>
      <Title order={1}>{title}</Title>
      {children && <Group gap="sm">{children}</Group>}
    </Stack>
  );
}
