import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Marks an operation or route that needs no access token (sign-in, refresh, health probes). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
