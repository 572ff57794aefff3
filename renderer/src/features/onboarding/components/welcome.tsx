import { SampleLoaderButton } from './sample-loader-button';

/** Props of Welcome. */
export type WelcomeProps = { onStartEmpty: () => void; onLoaded: () => void };

/** The first-start screen: try the app on a sample portfolio, or start with your own data. */
export function Welcome({ onStartEmpty, onLoaded }: WelcomeProps) {
  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Rapport</h1>
      <p>
        Rapport keeps your whole portfolio on this computer — accounts, stakeholders, escalations and the
        promises you made — and works without a network. Connect a team server later in Settings to sync.
      </p>
      <p className="muted">
        The sample is a realistic portfolio of about 60 accounts with stakeholders, touches, tickets, surveys,
        usage, escalations and commitments, so you can explore before importing your own data.
      </p>
      <div className="choices">
        <SampleLoaderButton onLoaded={onLoaded} />
        <button type="button" className="button" onClick={onStartEmpty}>Start empty</button>
      </div>
    </main>
  );
}
