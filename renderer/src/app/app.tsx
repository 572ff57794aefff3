import { Welcome } from '../features/onboarding/components/welcome';
import { useFirstRun } from '../features/onboarding/api/first-run';
import { Layout } from './layout';
import { useAppSafety } from './use-app-safety';
import { useAppliedTheme } from './use-applied-theme';

/** The whole app: the welcome screen on first start, then the shell. */
export function App() {
  useAppliedTheme();
  useAppSafety();
  const { loading, firstRun, startEmpty, finish } = useFirstRun();
  if (loading) return null;
  if (firstRun) return <Welcome onStartEmpty={startEmpty} onLoaded={finish} />;
  return <Layout />;
}
