/** What an email draft needs to be copied: its subject and text. */
export type CopyableDraft = { subject: string; body: string };

/**
 * Copies an email draft to the clipboard as "Subject: …", a blank line and its text. Returns the
 * problem to show when the clipboard refuses (the draft stays on screen to copy by hand), else null.
 */
export async function copyDraft(draft: CopyableDraft): Promise<string | null> {
  try {
    await navigator.clipboard.writeText(`Subject: ${draft.subject}\n\n${draft.body}`);
    return null;
  } catch {
    return 'Could not copy to the clipboard: select the text below and copy it by hand.';
  }
}
