import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

import { PageHeader } from '../common/page-header.component';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text mb="md">There is no page at this address.</Text>
      <Anchor component={Link} to="/">
        Go to your start page
      </Anchor>
    </>
  );
}
