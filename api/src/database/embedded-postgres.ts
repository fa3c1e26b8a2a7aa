import fs from 'node:fs';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs PGlite (PostgreSQL compiled to WebAssembly) behind a PostgreSQL wire-protocol socket on
 * a free loopback port, so the API talks to it through `pg` exactly as to a real server.
 * PGlite is single-connection: callers must use a pool of one.
 */
export async function startEmbeddedPostgres(dataDirectory?: string): Promise<EmbeddedPostgres> {
  if (dataDirectory) fs.mkdirSync(path.dirname(dataDirectory), { recursive: true });

  // btree_gist backs the constraint that keeps a seat's assignments from overlapping.
  const database = await PGlite.create({
    ...(dataDirectory ? { dataDir: dataDirectory } : {}),
    extensions: { btree_gist },
  });
  const server = new PGLiteSocketServer({
    db: database,
    host: '127.0.0.1',
    port: 0,
    maxConnections: 8,
  });
  await server.start();
  const address = server.getServerConn();

  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await database.close();
    },
  };
}
