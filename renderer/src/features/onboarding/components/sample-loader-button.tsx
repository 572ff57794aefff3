import { useState } from 'react';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { loadSamplePortfolio } from '../api/load-sample';
import { describeError } from '../../../lib/storage-error';

/** Props of SampleLoaderButton. */
export type SampleLoaderButtonProps = { primary?: boolean; onLoaded?: () => void };

/** Loads the sample portfolio with a progress bar; reports a failure instead of hiding it. */
export function SampleLoaderButton({ primary = true, onLoaded }: SampleLoaderButtonProps) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    setError(null);
    try {
      await loadSamplePortfolio((done, total) => setProgress({ done, total }));
      setProgress(null);
      onLoaded?.();
    } catch (e) {
      setProgress(null);
      setError(describeError(e));
    }
  };
  if (progress) return <ProgressBar label="Loading the sample portfolio" done={progress.done} total={progress.total} />;
  return (
    <>
      <button type="button" className={primary ? 'button primary' : 'button'} onClick={() => void load()}>
        Load a sample portfolio
      </button>
      {error ? <p role="alert" className="error">Could not load the sample: {error}</p> : null}
    </>
  );
}
