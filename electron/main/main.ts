// Electron main process: window, hardening, menu and IPC plumbing only. Every operation is
// forwarded to the service in a utility process so heavy work never blocks the UI thread.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, utilityProcess, type MenuItemConstructorOptions, type UtilityProcess } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InvokeResult } from '../../shared/contract/errors';
import { events } from '../../shared/contract/events';
import type { AppCommand } from '../../shared/contract/events';
import { APP_ENTRY_URL, APP_SCHEME, appResponseHeaders, contentTypeFor, resolveAppFile } from './app-protocol';
import { importDialogOptions, stagePicked } from './import-dialog';
import { operations } from '../../shared/contract/operations';
import { readRecent, recordOpened, RECENT_FILE, writeRecent } from '../service/recent-workspaces';
import { pickExportPath, printWindowToPdf } from './export-requests';
import { showWarningNotification } from './warning-notify';
import { desktopWorkspaceList, newWorkspaceDialogOptions, openedPath, openWorkspaceDialogOptions, recentMenu, withWorkspaceExtension } from './workspace-desktop';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';
import { checkInvoke, navigationAllowed, requestAllowed } from './policy';
import { openDashboardDialogOptions, openErrorText, openRequest, openRequestFromArgv, openStep, viewerUrl, type OpenRequest } from './open-file';
import { UtilityClient } from './utility-client';
import { WORKSPACE_ENV } from './utility-protocol';

const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.join(here, '..', 'renderer');
const PRELOAD = path.join(here, 'preload.cjs');
const UTILITY_HOST = path.join(here, 'utility-host.js');
const TITLE = '流失驾驶舱 Churn Cockpit';

let mainWindow: BrowserWindow | null = null;
const launch = openRequestFromArgv(process.argv, process.cwd());
let workspacePath: string | null = launch?.kind === 'workspace' ? launch.path : null;
/** A dashboard file given at launch (or before `ready`): opened in the viewer once the window exists. */
let pendingDashboard: string | null = launch?.kind === 'dashboard' ? launch.path : null;
let service: { child: UtilityProcess; client: UtilityClient } | null = null;
let quitting = false;

/** A file from the OS: carried out now, or kept for start-up (the utility can only be forked once the app is ready). */
function handOver(request: OpenRequest | null): void {
  if (request === null) return;
  if (app.isReady()) void openFile(request);
  else if (request.kind === 'dashboard') pendingDashboard = request.path;
  else workspacePath = request.path;
}

// Privileges must be registered before `ready`; `standard` + `secure` give app:// a real
// origin so CSP 'self', fetch and storage behave as on https.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    handOver(openRequestFromArgv(argv, workingDirectory));
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  // macOS delivers double-clicked files here, possibly before `ready`.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    handOver(openRequest(file, process.cwd()));
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (details) => {
      if (!navigationAllowed(details.url)) details.preventDefault();
    });
    contents.on('will-redirect', (details) => {
      if (!navigationAllowed(details.url)) details.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('before-quit', () => {
    quitting = true;
    service?.child.kill();
  });
  app
    .whenReady()
    .then(() => {
      hardenSession();
      protocol.handle(APP_SCHEME, serveApp);
      ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, input: unknown) => {
        let sender: { url: string | null; isMainFrame: boolean };
        try {
          const frame = event.senderFrame;
          sender = { url: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null };
        } catch {
          sender = { url: null, isMainFrame: false };
        }
        const check = checkInvoke(sender, name);
        if (!check.ok) return { ok: false, error: check.error } satisfies InvokeResult<never>;
        // The Open dialog is the one operation only this process can carry out.
        if (check.name === 'import.pickFiles') return pickImportFiles();
        // So are the workspace dialogs, and the recent list lives in this process's user-data folder.
        if (check.name === 'workspace.pickOpen' || check.name === 'workspace.pickNew') return pickWorkspace(check.name, input);
        if (check.name === 'workspace.list') return listWorkspaces();
        if (check.name === 'export.pickSavePath') return pickExportPath(mainWindow, input);
        // The window's own page as a PDF: only this process holds the window.
        if (check.name === 'export.printToPdf') return printWindowToPdf(mainWindow, input);
        // So is the desktop notification of new warnings; its click opens the inbox.
        if (check.name === 'warning.notify') return showWarningNotification(mainWindow, input, () => sendCommand('open-warnings'));
        return invoke(check.name, input);
      });
      Menu.setApplicationMenu(buildMenu());
      serviceClient(); // start the utility (and the workspace open) while the window loads
      mainWindow = createWindow();
      if (pendingDashboard !== null) void openFile({ kind: 'dashboard', path: pendingDashboard });
      pendingDashboard = null;
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(TITLE, `Churn Cockpit could not start: ${error instanceof Error ? error.message : String(error)}`);
      app.quit();
    });
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // CSP already limits the page to 'self'; this also stops anything the CSP does not cover.
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => callback({ cancel: !requestAllowed(details.url) }));
}

async function serveApp(request: Request): Promise<Response> {
  const plain = 'text/plain; charset=utf-8';
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: appResponseHeaders(plain) });
  const lookup = resolveAppFile(RENDERER_DIR, request.url);
  if (lookup.kind === 'refused') return new Response(null, { status: lookup.status, headers: appResponseHeaders(plain) });
  for (const file of lookup.fallback ? [lookup.file, lookup.fallback] : [lookup.file]) {
    try {
      if (!(await stat(file)).isFile()) continue;
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
      return new Response(body, { status: 200, headers: appResponseHeaders(contentTypeFor(file), file) });
    } catch {
      // missing: try the fallback, then 404
    }
  }
  const missingRenderer = lookup.fallback !== null || lookup.file.endsWith('index.html');
  return new Response(missingRenderer ? 'The renderer is not built. Run `npm run build`, then reload.' : null, {
    status: missingRenderer ? 503 : 404,
    headers: appResponseHeaders(plain),
  });
}

function createWindow(url = APP_ENTRY_URL): BrowserWindow {
  const area = screen.getPrimaryDisplay().workAreaSize;
  const win = new BrowserWindow({
    width: Math.min(1366, area.width),
    height: Math.min(768, area.height),
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: TITLE,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: !app.isPackaged,
      spellcheck: false,
    },
  });
  // The window keeps the product name whatever <title> the renderer sets.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(url).catch((error: unknown) => {
    console.error('churn-cockpit: renderer failed to load', error);
  });
  return win;
}

/** The utility process, started on first use and again after it dies. */
function serviceClient(): UtilityClient {
  if (service) return service.client;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env[WORKSPACE_ENV];
  if (workspacePath) env[WORKSPACE_ENV] = workspacePath;
  // The bundled import parser runs in its own worker thread; outside the bundle it is found
  // next to its TypeScript source instead.
  env.CHURN_COCKPIT_IMPORT_WORKER = path.join(here, 'import-parse-worker.js');
  const child = utilityProcess.fork(UTILITY_HOST, [], { serviceName: 'Churn Cockpit service', env, stdio: 'inherit' });
  const client = new UtilityClient({
    send: (request) => child.postMessage(request),
    onEvent: (event, payload) => {
      if (!Object.prototype.hasOwnProperty.call(events, event) || !mainWindow || mainWindow.isDestroyed()) return;
      mainWindow.webContents.send(EVENT_CHANNEL, event, payload);
    },
    onReady: (workspace) => {
      if (!workspace.ok) showError(`${workspacePath ?? 'demo workspace'}\n${workspace.error.message}`);
    },
  });
  child.on('message', (message) => client.handleMessage(message));
  child.once('exit', (code) => {
    client.close(`the service process stopped (exit code ${code}); the next action restarts it`);
    if (service?.child === child) service = null;
    if (!quitting) console.error(`churn-cockpit: service process exited with code ${code}`);
  });
  service = { child, client };
  return client;
}

async function invoke(name: string, input: unknown): Promise<InvokeResult<unknown>> {
  const result = await serviceClient().invoke(name, input);
  // A restarted utility reopens whatever the user last opened, not the launch workspace.
  const opened = openedPath(name, result);
  if (opened) {
    workspacePath = opened;
    recordOpened(recentFile(), opened);
    Menu.setApplicationMenu(buildMenu());
  }
  return result;
}

const recentFile = (): string => path.join(app.getPath('userData'), RECENT_FILE);

async function listWorkspaces(): Promise<InvokeResult<unknown>> {
  return desktopWorkspaceList(await invoke('workspace.list', {}), readRecent(recentFile()), workspacePath);
}

/** "Open…" and "New workspace…" of the page's switcher: a native dialog, answering the chosen path (the page then opens or creates it). */
async function pickWorkspace(name: 'workspace.pickOpen' | 'workspace.pickNew', input: unknown): Promise<InvokeResult<unknown>> {
  const zh = app.getLocale().toLowerCase().startsWith('zh');
  if (name === 'workspace.pickOpen') {
    const options = openWorkspaceDialogOptions(zh);
    const { canceled, filePaths } = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return { ok: true, result: { path: canceled ? null : (filePaths[0] ?? null) } };
  }
  const parsed = operations['workspace.pickNew'].input.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: 'workspace.pickNew: suggestedName must be a string' } };
  const list = await invoke('workspace.list', {});
  const folder = list.ok ? (list.result as { folder?: unknown }).folder : undefined;
  const options = newWorkspaceDialogOptions(zh, parsed.data.suggestedName, typeof folder === 'string' ? folder : app.getPath('documents'));
  const { canceled, filePath } = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return { ok: true, result: { path: canceled || !filePath ? null : withWorkspaceExtension(filePath) } };
}

/** A workspace becomes the workspace; a dashboard file opens read-only in the viewer and the window shows #/viewer. */
async function openFile(request: OpenRequest): Promise<void> {
  const step = openStep(request);
  const result = await invoke(step.operation, step.input);
  if (!result.ok) return showError(openErrorText(request.path, result.error, app.getLocale().toLowerCase().startsWith('zh')));
  // The renderer reads everything through the API, so a reload shows the new workspace.
  if (step.then === 'reload') mainWindow?.webContents.reload();
  else if (mainWindow) await mainWindow.loadURL(viewerUrl(APP_ENTRY_URL));
  else mainWindow = createWindow(viewerUrl(APP_ENTRY_URL));
}

async function promptOpenDashboard(zh: boolean): Promise<void> {
  const options = openDashboardDialogOptions(zh);
  const { canceled, filePaths } = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  const file = filePaths[0];
  if (!canceled && file) await openFile({ kind: 'dashboard', path: file });
}

async function promptOpenWorkspace(zh: boolean): Promise<void> {
  const options = openWorkspaceDialogOptions(zh);
  const { canceled, filePaths } = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  const file = filePaths[0];
  if (!canceled && file) await openFile({ kind: 'workspace', path: file });
}

/** The native Open dialog for data files; the service checks each chosen path, the page imports them by path. */
async function pickImportFiles(): Promise<InvokeResult<unknown>> {
  const options = importDialogOptions(app.getLocale().toLowerCase().startsWith('zh'));
  const { canceled, filePaths } = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  if (canceled) return { ok: true, result: { files: [], refused: [] } };
  return { ok: true, result: await stagePicked(filePaths, (path) => invoke('import.stage', { path })) };
}

/** A menu command the page carries out (it owns navigation and the Data page's state). */
function sendCommand(command: AppCommand['command']): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  mainWindow.webContents.send(EVENT_CHANNEL, 'app.command', { command } satisfies AppCommand);
}

function showError(message: string): void {
  const options = { type: 'error' as const, title: TITLE, message };
  (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)).catch(() => undefined);
}

function buildMenu(): Menu {
  const zh = app.getLocale().toLowerCase().startsWith('zh');
  const t = (chinese: string, english: string) => (zh ? chinese : english);
  const isMac = process.platform === 'darwin';
  const devItems: MenuItemConstructorOptions[] = app.isPackaged ? [] : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: t('文件', 'File'),
      submenu: [
        // Ctrl/Cmd+O opens data, as on the web page; the workspace file is opened less often.
        { label: t('新建工作区…', 'New Workspace…'), accelerator: 'CmdOrCtrl+Shift+N', click: () => sendCommand('new-workspace') },
        { label: t('导入数据文件…', 'Import Files…'), accelerator: 'CmdOrCtrl+O', click: () => sendCommand('import-files') },
        {
          label: t('打开工作区…', 'Open Workspace…'),
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => void promptOpenWorkspace(zh).catch((error: unknown) => showError(String(error))),
        },
        {
          label: t('打开仪表板文件…', 'Open Dashboard File…'),
          click: () => void promptOpenDashboard(zh).catch((error: unknown) => showError(String(error))),
        },
        recentMenu(
          readRecent(recentFile()),
          zh,
          (file) => void openFile({ kind: 'workspace', path: file }),
          () => {
            writeRecent(recentFile(), []);
            Menu.setApplicationMenu(buildMenu());
          },
        ),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: t('退出', 'Quit') },
      ],
    },
    { role: 'editMenu', label: t('编辑', 'Edit') },
    {
      label: t('视图', 'View'),
      submenu: [...devItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu', label: t('窗口', 'Window') },
  ];
  return Menu.buildFromTemplate(template);
}
