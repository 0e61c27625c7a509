/**
 * The application menu, in the user's language. Replaces Electron's default menu (which has
 * Reload and Toggle Developer Tools): the usual editing, zoom and window shortcuts, About,
 * open the data folder, open the logs, Quit. Pure: returns a template for
 * Menu.buildFromTemplate (electron types only), so it is tested in Node.
 */
import type { MenuItemConstructorOptions } from 'electron';

export type MenuLanguage = 'fr' | 'en';

export interface AppMenuActions {
  openDataFolder(): void;
  openLogsFolder(): void;
  about(): void;
  quit(): void;
}

const WORDS = {
  en: {
    file: 'File',
    dataFolder: 'Open data folder',
    logs: 'Open logs folder',
    quit: 'Quit MON_PS',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close window',
    help: 'Help',
    about: 'About MON_PS',
    hide: 'Hide MON_PS',
    hideOthers: 'Hide others',
    unhide: 'Show all',
  },
  fr: {
    file: 'Fichier',
    dataFolder: 'Ouvrir le dossier des données',
    logs: 'Ouvrir le dossier des journaux',
    quit: 'Quitter MON_PS',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: 'Affichage',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    resetZoom: 'Taille réelle',
    fullscreen: 'Plein écran',
    window: 'Fenêtre',
    minimize: 'Réduire',
    close: 'Fermer la fenêtre',
    help: 'Aide',
    about: 'À propos de MON_PS',
    hide: 'Masquer MON_PS',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
  },
} as const;

export function appMenuTemplate(lang: MenuLanguage, platform: NodeJS.Platform, actions: AppMenuActions): MenuItemConstructorOptions[] {
  const w = WORDS[lang] ?? WORDS.en;
  const mac = platform === 'darwin';
  const quit: MenuItemConstructorOptions = { label: w.quit, accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() };
  const about: MenuItemConstructorOptions = { label: w.about, click: () => actions.about() };
  const folders: MenuItemConstructorOptions[] = [
    { label: w.dataFolder, click: () => actions.openDataFolder() },
    { label: w.logs, click: () => actions.openLogsFolder() },
  ];
  return [
    ...(mac
      ? [
          {
            label: 'MON_PS',
            submenu: [
              about,
              { type: 'separator' },
              { role: 'hide', label: w.hide },
              { role: 'hideOthers', label: w.hideOthers },
              { role: 'unhide', label: w.unhide },
              { type: 'separator' },
              quit,
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: w.file, submenu: mac ? folders : [...folders, { type: 'separator' }, quit] },
    {
      label: w.edit,
      submenu: [
        { role: 'undo', label: w.undo, accelerator: 'CmdOrCtrl+Z' },
        { role: 'redo', label: w.redo, accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { role: 'cut', label: w.cut, accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', label: w.copy, accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', label: w.paste, accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', label: w.selectAll, accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: w.view,
      submenu: [
        { role: 'zoomIn', label: w.zoomIn, accelerator: 'CmdOrCtrl+Plus' },
        { role: 'zoomOut', label: w.zoomOut, accelerator: 'CmdOrCtrl+-' },
        { role: 'resetZoom', label: w.resetZoom, accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: w.fullscreen },
      ],
    },
    {
      label: w.window,
      submenu: [
        { role: 'minimize', label: w.minimize },
        { role: 'close', label: w.close, accelerator: 'CmdOrCtrl+W' },
      ],
    },
    { label: w.help, role: 'help', submenu: mac ? folders.slice(1) : [about] },
  ];
}
