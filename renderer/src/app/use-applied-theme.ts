import { useEffect, useState } from 'react';
import { prefersDark, resolveTheme, useTheme } from '../lib/theme';

/** Applies the chosen theme to the document, following the OS when the choice is "system". */
export function useAppliedTheme(): 'light' | 'dark' {
  const choice = useTheme((s) => s.choice);
  const [osDark, setOsDark] = useState(prefersDark);
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => setOsDark(query.matches);
    query?.addEventListener('change', onChange);
    return () => query?.removeEventListener('change', onChange);
  }, []);
  const theme = resolveTheme(choice, osDark);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
