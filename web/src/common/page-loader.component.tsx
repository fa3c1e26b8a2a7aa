import { Center, Loader } from '@mantine/core';

interface PageLoaderProps {
  label: string;
}

export function PageLoader({ label }: PageLoaderProps) {
  return (
    <Center py="xl" role="status" aria-label={label}>
      <Loader />
    </Center>
  );
}
