// Why an operation failed, finer than its error code, as a code from a closed list: the UI
// shows the reason's label in the analyst's language (shared/i18n/messages/jobs.*.ts), filled
// in with the error's params; the English message is for logs and the CLI.
import { z } from 'zod';

export const errorReasons = [
  /** Another connection (another app or process) holds the workspace's write lock. */
  'busy',
  /** No orders or activities (or nothing at all) to compute from. */
  'noData',
  /** params {date} */
  'noCustomersOnDate',
  /** params {min}: too few churned or retained customers to learn from. */
  'tooFewChurned',
  /**
   * params {churned, retained, needed, horizon} (+ suggestedHorizon, suggestedFlag when the service
   * found settings that would work): the time windows of a training hold too few churners.
   */
  'tooFewChurnersInWindow',
  /** params {churned, retained, needed} (+ suggestions as above): the random split holds too few. */
  'tooFewChurnersFlagged',
  'noUsableFeatures',
  /** params {features} */
  'unknownFeatures',
  /** The operation needs a snapshot: refresh scores first. */
  'noSnapshot',
  /** params {dimension} */
  'unknownDimension',
  /** params {snapshotId} */
  'snapshotNotFound',
  /** params {runId} */
  'modelRunNotFound',
  /** params {customerId} */
  'customerNotFound',
  /** params {version} */
  'healthVersionNotFound',
  /** params {version} */
  'healthConfigDamaged',
  /** params {files}: only headers, or empty tables. */
  'noRows',
  /** params {rejected}: every row was rejected. */
  'allRejected',
  /** params {file} */
  'fileNotFound',
  /** params {limitMb}: reading the file needs more memory than the import allows. */
  'outOfMemory',
  /** The native Open dialog exists in the desktop app only. */
  'desktopOnly',
  /** params {file}: the app is missing the worker file that runs jobs (a broken installation). */
  'workerMissing',
  /** A job's thread stopped without an answer. */
  'workerFailed',
  /** params {jobId}: a job with this id is still queued or running. */
  'duplicateJob',
  /** params {queryError, …}: a filter or query the compiler refuses (queryError = its QueryError code). */
  'invalidQuery',
  // Workspaces by name in the host's workspace folder (domains/workspace.ts, shared/domain/workspace-name.ts).
  'workspaceNameEmpty',
  /** params {max} */
  'workspaceNameTooLong',
  /** A '/' or '\\': a name, not a path. */
  'workspaceNameSeparator',
  'workspaceNameDotDot',
  /** params {name}: a device name Windows refuses (CON, NUL, COM1 …). */
  'workspaceNameReserved',
  /** params {character} */
  'workspaceNameCharacter',
  /** params {name} */
  'workspaceNameTaken',
  /** params {name} */
  'workspaceNotInFolder',
  /** params {name}: the name resolves (through a link) to a file outside the workspace folder. */
  'workspaceOutsideFolder',
  /** The browser host opens and creates workspaces only by name inside its folder, never at a path the page sends. */
  'workspacePathRefused',
  // Segments (domains/segments.ts).
  /** params {id} */
  'segmentNotFound',
  /** params {name} */
  'segmentNameTaken',
  /** params {users}: the names of what uses it, joined; {count}. */
  'segmentInUse',
  /** params {code, …}: the saved rule no longer compiles on this workspace (a dropped attribute …). */
  'segmentBroken',
  /** params {file}: no column of customer ids could be found in the list file. */
  'segmentListNoIdColumn',
  /** The browser host writes exports for download only, never to a path the page sends. */
  'exportPathRefused',
  // Dashboards (domains/dashboards.ts).
  /** params {id} */
  'dashboardNotFound',
  /** params {name} */
  'dashboardNameTaken',
  /** params {widget, code, …}: a widget names a measure or field the workspace's catalog lacks. */
  'dashboardInvalidWidget',
  /**
   * params {file, code, …}: a dashboard file refused on open. code: notDashboardFile,
   * newerFormat {version}, unexpectedObject {name} (a view, trigger or table it should not
   * hold), missingTable {name}, checksumMismatch, invalidSpec {path}, invalidManifest.
   */
  'dashboardFileRefused',
  /** No dashboard file is open in the viewer. */
  'viewerNotOpen',
  /** The browser host opens in the viewer only a file it was started with or the page uploaded, never a path the page sends. */
  'viewerPathRefused',
  /** `dashboard save` on a workspace without saved dashboards (and no --template). */
  'dashboardNoneSaved',
  // Exports and the monthly report (domains/exports.ts).
  /** params {month, first, last}: the report's month holds no data of the workspace ('YYYY-MM' bounds, or '' without data). */
  'reportMonthOutOfRange',
  /** The cover logo is not a readable PNG or JPEG. */
  'exportLogoRefused',
  /** params {file}: the PDF or workbook could not be written there (a full disk, a file open in Excel, no permission). */
  'exportWriteFailed',
  // Warnings and campaigns (domains/warnings.ts, domains/campaigns.ts).
  /** params {id} */
  'warningRuleNotFound',
  /** params {name}: another rule has this name (ignoring case). */
  'warningRuleNameTaken',
  /** params {id} */
  'playbookNotFound',
  /** params {id, campaigns}: campaigns use it; change them first. */
  'playbookInUse',
  /** params {id} */
  'campaignNotFound',
  /** params {id}: its groups are drawn; only the name, owner, end date, hypothesis, notes and next steps change. */
  'campaignAssigned',
  /** params {id}: draw the groups (campaign.assign) first. */
  'campaignNotAssigned',
  /** The audience holds no customer the campaign can take (none, or all churned for a retention campaign). */
  'campaignAudienceEmpty',
  /** params {start, end}: the end date is before the start date. */
  'campaignDatesInvalid',
  /** params {file, missing}: the outcome file has no customer column, or no group column for a campaign without groups. */
  'outcomeColumnsMissing',
  /** params {file}: no row of the outcome file could be recorded. */
  'outcomeFileEmpty',
] as const;

export const ErrorReasonSchema = z.enum(errorReasons);
export type ErrorReason = z.infer<typeof ErrorReasonSchema>;
