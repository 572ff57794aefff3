import { useState } from 'react';
import { reviewKindLabels } from '../../../../../shared/domain/review';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { localToday, showDateTime } from '../../../lib/format';
import { useNavigation } from '../../../lib/navigation';
import { describeError } from '../../../lib/storage-error';
import { documentFileName } from '../../../../../shared/document/print-document';
import { exportMarkdown, exportPdf, type PdfPageSize } from '../../../lib/pdf';
import { useReviewPack } from '../api/use-review-pack';
import { DocumentView } from './document-view';
import { PlanReviewDialog } from './plan-review-dialog';
import { meetingRecordId } from './review-route';

/** Props of ReviewPackPage. */
export type ReviewPackPageProps = { reviewId: string };

/** One review: its pack on screen (assembled from local data), exports, and the way into meeting mode. */
export function ReviewPackPage({ reviewId }: ReviewPackPageProps) {
  const view = useReviewPack(reviewId);
  const go = useNavigation((s) => s.go);
  const [status, setStatus] = useState<string | null>(null);
  const [pageSize, setPageSize] = useState<PdfPageSize>('A4');
  const [editing, setEditing] = useState(false);
  const [shown, setShown] = useState<'pack' | 'brief'>('pack');
  const back = <button type="button" className="button" onClick={() => go({ section: 'reviews' })}>All reviews</button>;
  if (view === undefined) return <PageHeader title="Review" />;
  if (view === null) return (<><PageHeader title="Review not found" actions={back} /><EmptyState title="This review does not exist" action={back}>It may have been removed on another device.</EmptyState></>);
  const { review, pack } = view;
  const doc = shown === 'brief' ? view.brief : view.doc;
  const nameParts = shown === 'brief' ? [pack.account.name, 'pre-visit brief', localToday()] : [pack.account.name, reviewKindLabels[review.kind], review.scheduledAt.slice(0, 10)];
  const what = shown === 'brief' ? 'Brief' : 'Pack';
  const run = async (what: string, work: () => Promise<boolean>) => {
    setStatus(`${what}…`);
    try { setStatus((await work()) ? `${what}: saved.` : `${what}: cancelled.`); } catch (e) { setStatus(`${what} failed: ${describeError(e)}`); }
  };
  return (
    <>
      <PageHeader
        title={review.title}
        subtitle={<>{reviewKindLabels[review.kind]} · {showDateTime(review.scheduledAt)} · <button type="button" className="link" onClick={() => go({ section: 'accounts', recordId: review.accountId })}>{pack.account.name}</button> · {review.status}</>}
        actions={(
          <>
            {back}
            {review.status === 'planned' ? <button type="button" className="button" onClick={() => setEditing(true)}>Edit</button> : null}
            <select aria-label="Paper size" value={pageSize} onChange={(e) => setPageSize(e.target.value === 'LETTER' ? 'LETTER' : 'A4')}>
              <option value="A4">A4</option><option value="LETTER">Letter</option>
            </select>
            <button type="button" className="button" onClick={() => void run(`${what} PDF export`, async () => (await exportPdf(doc, { pageSize, suggestedName: documentFileName(nameParts, 'pdf') })).saved)}>Export {what.toLowerCase()} PDF</button>
            <button type="button" className="button" onClick={() => void run(`${what} Markdown export`, async () => (await exportMarkdown(doc, documentFileName(nameParts, 'md'))).saved)}>Export {what.toLowerCase()} Markdown</button>
            <button type="button" className="button primary" onClick={() => go({ section: 'reviews', recordId: meetingRecordId(review.id) })}>{review.status === 'held' ? 'Open meeting notes' : 'Start meeting'}</button>
          </>
        )}
      />
      <div className="page-body">
        {status ? <p className="muted" role="status">{status}</p> : null}
        <div className="segmented pack-switch" role="group" aria-label="Show">
          <button type="button" aria-pressed={shown === 'pack'} onClick={() => setShown('pack')}>Review pack</button>
          <button type="button" aria-pressed={shown === 'brief'} onClick={() => setShown('brief')}>Pre-visit brief</button>
        </div>
        {shown === 'pack' && review.followUpSummary ? (
          <section className="card" aria-labelledby="follow-up-title"><h2 id="follow-up-title">Follow-up sent after the meeting</h2><pre className="follow-up">{review.followUpSummary}</pre></section>
        ) : null}
        {shown === 'brief' ? <h2 className="brief-title">{doc.title}<span className="muted"> · {doc.subtitle}</span></h2> : null}
        <DocumentView doc={doc} />
      </div>
      {editing ? <PlanReviewDialog review={review} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
