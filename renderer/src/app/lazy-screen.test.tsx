// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ScreenErrorBoundary } from '../components/ui/screen-error-boundary';
import { lazyScreen, loadingDelayMs, ScreenLoading } from './lazy-screen';

function Reports({ title }: { title: string }) {
  return <h1>{title}</h1>;
}

describe('a screen loaded on demand', () => {
  it('shows nothing at first, a quiet "Loading…" only when its code is slow, then the screen', async () => {
    let arrive: (component: typeof Reports) => void = () => undefined;
    const Lazy = lazyScreen(() => new Promise<typeof Reports>((resolve) => { arrive = resolve; }));
    vi.useFakeTimers();
    try {
      render(<Suspense fallback={<ScreenLoading />}><Lazy title="Reports" /></Suspense>);
      expect(screen.queryByText('Loading…')).toBeNull();
      act(() => { vi.advanceTimersByTime(loadingDelayMs + 10); });
      expect(screen.getByText('Loading…')).toBeInTheDocument();
      await act(async () => { arrive(Reports); await Promise.resolve(); });
    } finally {
      vi.useRealTimers();
    }
    expect(await screen.findByRole('heading', { name: 'Reports' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('tells a failed load to the error boundary, and "Try again" loads it afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let offline = true;
    const Lazy = lazyScreen(async () => {
      if (offline) throw new TypeError('Failed to fetch dynamically imported module');
      return Reports;
    });
    render(<ScreenErrorBoundary screen="Reports"><Suspense fallback={<ScreenLoading />}><Lazy title="Reports" /></Suspense></ScreenErrorBoundary>);
    expect(await screen.findByText('This screen hit a problem')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module');
    offline = false;
    act(() => { screen.getByRole('button', { name: 'Try again' }).click(); });
    expect(await screen.findByRole('heading', { name: 'Reports' })).toBeInTheDocument();
  });
});
