import { create } from 'zustand';

/** The sections of the app, in sidebar order. */
export const sectionIds = ['today', 'accounts', 'commitments', 'escalations', 'reviews', 'surveys', 'recovery', 'reports', 'settings', 'team', 'leads'] as const;
/** A section of the app. */
export type SectionId = (typeof sectionIds)[number];
/** Every routable screen: the sidebar sections plus screens reached from them (not in the sidebar). */
export const screenIds = [...sectionIds, 'import'] as const;
/** A routable screen. */
export type ScreenId = (typeof screenIds)[number];

/** Where the user is: a screen, optionally one record inside it. */
export type Route = { section: ScreenId; recordId?: string };

/** Reads a route from a location hash like `#/accounts/acc-1`. */
export function parseRoute(hash: string): Route {
  const [section, recordId] = hash.replace(/^#\/?/, '').split('/');
  const known = screenIds.find((s) => s === section);
  if (!known) return { section: 'today' };
  return recordId ? { section: known, recordId: decodeURIComponent(recordId) } : { section: known };
}

/** Writes a route as a location hash. */
export function formatRoute(route: Route): string {
  return route.recordId ? `#/${route.section}/${encodeURIComponent(route.recordId)}` : `#/${route.section}`;
}

type NavigationState = { route: Route; go: (route: Route) => void };

/** The current route (UI state), mirrored in the location hash so reload and back work. */
export const useNavigation = create<NavigationState>((set) => ({
  route: typeof window === 'undefined' ? { section: 'today' } : parseRoute(window.location.hash),
  go: (route) => {
    if (typeof window !== 'undefined' && window.location.hash !== formatRoute(route)) window.location.hash = formatRoute(route);
    set({ route });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => useNavigation.setState({ route: parseRoute(window.location.hash) }));
}
