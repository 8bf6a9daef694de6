/**
 * A reason the local runtime cannot start that its user can fix (a data folder of an earlier
 * layout, a damaged clock file …): `npm start` prints the Chinese message alone and exits 1.
 */
export class StartupError extends Error {
  override readonly name: string = 'StartupError';
}
