import { documentFileName } from '../../../../../shared/document/print-document';
import { reviewPackDocument } from '../../../../../shared/document/review-pack-document';
import { healthHistory } from '../../../../../shared/domain/health/history';
import { scoreAccount } from '../../../../../shared/domain/health/score';
import { reviewKindLabels, type Review } from '../../../../../shared/domain/review';
import { buildReviewPack } from '../../../../../shared/domain/review/pack';
import { tripZip } from '../../../../../shared/domain/review/trip';
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

/**
 * Builds the pack of every review (from local data, as PDF) and saves them as one ZIP: a download in
 * web mode, a save dialog in the desktop app. `onProgress` hears after each pack. Returns whether it was saved.
 */
export async function exportTripPack(reviews: readonly Review[], pageSize: PdfPageSize, onProgress: (done: number) => void): Promise<boolean> {
  const settings = useHealthSettings.getState().settings;
  const today = localToday();
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const review of reviews) {
    const read = await readReviewBundle(review.accountId);
    if (read) {
      const health = read.healthInput ? { score: scoreAccount(read.healthInput, { today }, settings), history: healthHistory(read.healthInput, today, settings) } : null;
      const pack = buildReviewPack({ ...read.bundle, health }, review, new Date().toISOString());
      const name = documentFileName([review.scheduledAt.slice(0, 10), pack.account.name, reviewKindLabels[review.kind]], 'pdf');
      files.push({ name, bytes: await renderPdfBytes(reviewPackDocument(pack, userZone), pageSize) });
    }
    onProgress(files.length);
  }
  const zip = tripZip(files, new Date());
  const result = await bridge.saveFile({ suggestedName: `Trip pack ${today}.zip`, contents: toBase64(zip), mimeType: 'application/zip', encoding: 'base64' });
  return result.saved;
}
