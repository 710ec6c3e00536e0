export interface Migration {
  /** The `PRAGMA user_version` this migration brings the workspace to. */
  readonly version: number;
  readonly name: string;
  /** DDL/DML run inside one transaction together with the version bump. */
  readonly up: string;
}
