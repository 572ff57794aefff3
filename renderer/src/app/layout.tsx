import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand } from '../../../shared/bridge';
import { ReloadBanner } from '../components/ui/reload-banner';
import { ScreenErrorBoundary } from '../components/ui/screen-error-boundary';
import { Toaster } from '../components/ui/toaster';
import { LogTouchDialog } from '../features/accounts/components/log-touch-dialog';
import { startSyncRunner } from '../features/sync/api/sync-runner';
import { startHealthScoring } from '../db/health/health-client';
import { SyncIndicator } from '../features/sync/components/sync-indicator';
import { WhoAreYou } from '../features/team/components/who-are-you';
import { CommandPalette, type PaletteCommand } from '../features/palette/components/command-palette';
import { formatRoute, useNavigation, type SectionId } from '../lib/navigation';
import { useTheme } from '../lib/theme';
import { ScreenLoading } from './lazy-screen';
import { Screen } from './screen';
import { UpdatePrompt } from './update-prompt';
import { sections } from './sections';
import { useDueAlerts } from './use-due-alerts';
import { focusMainHeading, useFocusHeadingOnNavigation } from './use-focus-heading';
import { useOutboxMirror } from './use-outbox-mirror';
import { sectionShortcutLabel, useShortcuts } from './use-shortcuts';
import { useUndoShortcut } from './use-undo-shortcut';

const modKey = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** The desktop shell: sidebar, the current screen, and the command palette. */
export function Layout() {
  const route = useNavigation((s) => s.route);
  const go = useNavigation((s) => s.go);
  const toggleTheme = useTheme((s) => s.toggle);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [touchOpen, setTouchOpen] = useState(false);

  const run = useCallback((command: MenuCommand) => {
    if (command === 'command-palette') setPaletteOpen((open) => !open);
    else if (command === 'toggle-theme') toggleTheme();
    else if (command === 'log-touch') setTouchOpen(true);
    else if (command.startsWith('go-')) go({ section: command.slice(3) as SectionId });
  }, [go, toggleTheme]);
  useShortcuts(run);
  useUndoShortcut();
  const mainRef = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigation(route, mainRef);
  useDueAlerts();
  useOutboxMirror();
  useEffect(() => startSyncRunner(), []);
  useEffect(() => startHealthScoring(), []);

  const commands = useMemo<PaletteCommand[]>(() => [
    { id: 'log-touch', label: 'Log a touch (call, email, meeting, note)…', hint: 'Enter', run: () => setTouchOpen(true) },
    { id: 'import-csv', label: 'Import accounts from a CSV file…', run: () => go({ section: 'import' }) },
    ...sections.map((s, i) => ({ id: `go-${s.id}`, label: `Go to ${s.label}`, hint: sectionShortcutLabel(i), run: () => go({ section: s.id }) })),
    { id: 'toggle-theme', label: 'Switch between light and dark theme', hint: `${modKey}Shift+L`, run: toggleTheme },
  ], [go, toggleTheme]);

  const screenLabel = sections.find((s) => s.id === route.section)?.label ?? (route.section === 'import' ? 'Import' : 'this screen');
  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => focusMainHeading(mainRef.current)}>Skip to content</button>
      <nav className="sidebar" aria-label="Sections">
        <div className="brand">Rap<span>port</span></div>
        {sections.map((s, i) => {
          const Icon = s.icon;
          return (
            <button key={s.id} type="button" className="nav-item" aria-current={route.section === s.id ? 'page' : undefined} onClick={() => go({ section: s.id })}>
              <Icon size={16} aria-hidden="true" />
              {s.label}
              <span className="shortcut" aria-hidden="true">{sectionShortcutLabel(i)}</span>
            </button>
          );
        })}
        <div className="sidebar-foot">
          <button type="button" className="button" onClick={() => setPaletteOpen(true)}>Commands… <span className="muted">{modKey}K</span></button>
          <SyncIndicator />
        </div>
      </nav>
      <main ref={mainRef} id="main" className="main" aria-label={screenLabel}>
        <ReloadBanner />
        <WhoAreYou />
        <ScreenErrorBoundary key={formatRoute(route)} screen={screenLabel} onGoToday={route.section === 'today' ? undefined : () => go({ section: 'today' })}>
          <Suspense fallback={<ScreenLoading />}>
            <Screen route={route} />
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      {paletteOpen ? <CommandPalette commands={commands} onClose={() => setPaletteOpen(false)} /> : null}
      {touchOpen ? <LogTouchDialog accountId={route.section === 'accounts' ? route.recordId : undefined} onClose={() => setTouchOpen(false)} /> : null}
      <UpdatePrompt />
      <Toaster />
    </div>
  );
}
