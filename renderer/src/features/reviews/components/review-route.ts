const meetingPrefix = 'meeting:';

/** The route record id of a review's meeting mode (so a reload comes back into the meeting). */
export function meetingRecordId(reviewId: string): string {
  return `${meetingPrefix}${reviewId}`;
}

/** Reads a Reviews route record id: a review's pack, or its meeting mode. */
export function parseReviewRecordId(recordId: string): { reviewId: string; meeting: boolean } {
  return recordId.startsWith(meetingPrefix) ? { reviewId: recordId.slice(meetingPrefix.length), meeting: true } : { reviewId: recordId, meeting: false };
}
