// PGlite ships its contrib extensions' types only through package "exports", which our
// CommonJS resolution (moduleResolution node10) cannot see; Node resolves the module itself.
declare module '@electric-sql/pglite/contrib/btree_gist' {
  import type { Extension } from '@electric-sql/pglite';

  export const btree_gist: Extension;
}
