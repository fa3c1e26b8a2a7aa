import type { FastifyReply, FastifyRequest } from 'fastify';

import { Actor } from '../policy/actor';
import { Loaders } from './loaders';

export type AuthenticatedRequest = FastifyRequest & { user?: Actor };

export interface GraphqlContext {
  req: AuthenticatedRequest;
  reply: FastifyReply;
  loaders: Loaders;
  /** Set by the sign-in guard: the credentials it checked and the user they belong to. */
  signIn?: { body: unknown; user?: unknown };
}
