import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from '../../lib/storage-error';

/** Props of ScreenErrorBoundary. */
export type ScreenErrorBoundaryProps = {
  /** The screen's name, for the details. */
  screen: string;
  /** Offered as a way out, unless the broken screen is Today itself. */
  onGoToday?: () => void;
  children: ReactNode;
};

type State = { error: unknown; componentStack: string; copied: 'no' | 'yes' | 'failed' };

/** Text to paste into a bug report: what broke, where, and the stacks. */
function detailsOf(screen: string, error: unknown, componentStack: string): string {
  const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return [`Screen: ${screen}`, `When: ${new Date().toISOString()}`, `Where: ${typeof location === 'undefined' ? '' : location.hash}`, '', stack, '', `Components:${componentStack}`].join('\n');
}

/**
 * Keeps one screen's failure inside that screen: instead of a blank window, a calm card says what
 * happened and offers to try again, go to Today, or copy the details; the sidebar and every other
 * screen keep working. Give it a `key` per route so moving elsewhere starts afresh.
 */
export class ScreenErrorBoundary extends Component<ScreenErrorBoundaryProps, State> {
  override state: State = { error: null, componentStack: '', copied: 'no' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error'), copied: 'no' };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`[Rapport] The ${this.props.screen} screen failed:`, error, info.componentStack);
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  private copy = async () => {
    try {
      await navigator.clipboard.writeText(detailsOf(this.props.screen, this.state.error, this.state.componentStack));
      this.setState({ copied: 'yes' });
    } catch {
      this.setState({ copied: 'failed' });
    }
  };

  override render() {
    const { error, componentStack, copied } = this.state;
    if (!error) return this.props.children;
    const { screen, onGoToday } = this.props;
    return (
      <div className="page-body">
        <section className="card screen-error" role="alert" aria-labelledby="screen-error-title">
          <h2 id="screen-error-title">This screen hit a problem</h2>
          <p>Rapport could not show {screen}. Your saved data is not affected, and the other sections still work.</p>
          <p className="screen-error-message">{describeError(error)}</p>
          <div className="toolbar">
            <button type="button" className="button primary" onClick={() => this.setState({ error: null, componentStack: '' })}>Try again</button>
            {onGoToday ? <button type="button" className="button" onClick={onGoToday}>Go to Today</button> : null}
            <button type="button" className="button" onClick={() => void this.copy()}>Copy details</button>
            {copied === 'yes' ? <span className="muted" role="status">Copied: paste them into your message to support.</span> : null}
            {copied === 'failed' ? <span className="muted" role="status">Could not copy: select the details below instead.</span> : null}
          </div>
          <details>
            <summary className="muted">Details</summary>
            <pre className="screen-error-details">{detailsOf(screen, error, componentStack)}</pre>
          </details>
        </section>
      </div>
    );
  }
}
