// The one place a better-sqlite3 connection is constructed. Electron needs a native module
// built for its own ABI while Node (tests, CLI) needs the Node build; both live in one
// checkout and the Electron launcher points us at its copy through this variable.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export function connect(path: string, options: { readonly: boolean; fileMustExist: boolean }): Db {
  const nativeBinding = process.env.CHURN_COCKPIT_NATIVE_BINDING;
  return new Database(path, {
    readonly: options.readonly,
    fileMustExist: options.fileMustExist,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}
