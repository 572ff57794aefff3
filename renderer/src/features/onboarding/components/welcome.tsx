import { SampleLoaderButton } from './sample-loader-button';

/** Props of Welcome. */
export type WelcomeProps = { onStartEmpty: () => void; onLoaded: () => void };

const promises = [
  { title: 'Every account at a glance', body: 'Health, renewals, stakeholders and the last touch, on one page.' },
  { title: 'Promises kept', body: 'Type "Send the roadmap fri" and Rapport reminds you before it slips.' },
  { title: 'Escalations with a clock', body: 'Owners, departments and the next customer update, counted down.' },
];

/** The first-start screen: what Rapport does, then try it on a sample portfolio or start with your own data. */
export function Welcome({ onStartEmpty, onLoaded }: WelcomeProps) {
  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <img className="brand-mark" src="./favicon.svg" alt="" />
      <h1 id="welcome-title">Welcome to Rapport</h1>
      <p className="lead">
        Your customer portfolio — accounts, stakeholders, escalations and the promises you made — kept on this
        computer and working without a network. Connect a team server later in Settings to sync.
      </p>
      <ul className="features" aria-label="What Rapport does">
        {promises.map((p) => <li key={p.title}><strong>{p.title}</strong><span className="muted">{p.body}</span></li>)}
      </ul>
      <p className="muted">
        Not ready to bring your own data? The sample is a realistic portfolio of about 60 accounts with their
        stakeholders, touches, tickets, surveys, escalations and commitments.
      </p>
      <div className="choices">
        <SampleLoaderButton onLoaded={onLoaded} />
        <button type="button" className="button" onClick={onStartEmpty}>Start empty</button>
      </div>
    </main>
  );
}
