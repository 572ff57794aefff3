import { preVisitBriefDocument } from '../../../../../shared/document/pre-visit-brief-document';
import { documentFileName } from '../../../../../shared/document/print-document';
import { reviewPackDocument } from '../../../../../shared/document/review-pack-document';
import { healthHistory } from '../../../../../shared/domain/health/history';
import { scoreAccount } from '../../../../../shared/domain/health/score';
import { reviewKindLabels, type Review } from '../../../../../shared/domain/review';
import { buildPreVisitBrief } from '../../../../../shared/domain/review/brief';
import { buildReviewPack } from '../../../../../shared/domain/review/pack';
import { readReviewBundle } from '../../../db/queries/review-reads';
import { bridge } from '../../../lib/bridge';
import { localToday } from '../../../lib/format';
import { useHealthSettings } from '../../../lib/health-settings';
import { userZone } from '../../../lib/now';
import { renderPdfBytes, type PdfPageSize } from '../../../lib/pdf';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** What a trip export saved: nothing (cancelled), or the folder (desktop) and the files in it. */
export type TripExportResult = { saved: boolean; path?: string; files: number };

/**
 * Builds, from local data, each account's pre-visit brief (once per account) and each review's pack
 * as PDFs, and saves them together: a new folder named after the trip in the desktop app, one ZIP
 * download in web mode. `onProgress` hears after each review.
 */
export async function exportTripPack(reviews: readonly Review[], pageSize: PdfPageSize, onProgress: (done: number) => void): Promise<TripExportResult> {
  const settings = useHealthSettings.getState().settings;
  const today = localToday();
  const files: { name: string; contents: string }[] = [];
  const briefed = new Set<string>();
  let done = 0;
  for (const review of reviews) {
    const read = await readReviewBundle(review.accountId);
    if (read) {
      const now = new Date().toISOString();
      const health = read.healthInput ? { score: scoreAccount(read.healthInput, { today }, settings), history: healthHistory(read.healthInput, today, settings) } : null;
      const bundle = { ...read.bundle, health };
      const pack = buildReviewPack(bundle, review, now);
      const day = review.scheduledAt.slice(0, 10);
      if (!briefed.has(review.accountId)) {
        briefed.add(review.accountId);
        const brief = preVisitBriefDocument(buildPreVisitBrief(bundle, now, today), userZone);
        files.push({ name: documentFileName([day, pack.account.name, 'pre-visit brief'], 'pdf'), contents: toBase64(await renderPdfBytes(brief, pageSize)) });
      }
      files.push({ name: documentFileName([day, pack.account.name, reviewKindLabels[review.kind]], 'pdf'), contents: toBase64(await renderPdfBytes(reviewPackDocument(pack, userZone), pageSize)) });
    }
    done += 1;
    onProgress(done);
  }
  if (files.length === 0) throw new Error('None of these accounts is on this device any more');
  const result = await bridge.saveFilesToFolder({ folderName: `Trip pack ${today}`, files });
  return { saved: result.saved, path: result.path, files: files.length };
}
