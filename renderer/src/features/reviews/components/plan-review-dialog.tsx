import '../reviews.css';
import { useEffect, useState } from 'react';
import { reviewKindLabels, reviewKinds, type AgendaItem, type Review, type ReviewKind, type ReviewPlaceKind } from '../../../../../shared/domain/review';
import { proposeAgenda } from '../../../../../shared/domain/review/agenda';
import { addDays, instantAt, isValidDate, localDateOf, localTimeOf } from '../../../../../shared/domain/local-date';
import { Dialog } from '../../../components/ui/dialog';
import { FormField } from '../../../components/ui/form-field';
import { useAccountContacts, useAccountOptions } from '../../../db/queries/account-options';
import { useTeamMembers } from '../../../db/use-team-members';
import { localToday } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { userZone } from '../../../lib/now';
import { describeError } from '../../../lib/storage-error';
import { ValidationError } from '../../../db/validation-error';
import { cancelReview, editPlannedReview, planReview } from '../api/review-writes';
import { useReviewBundle } from '../api/use-reviews';
import { AgendaEditor } from './agenda-editor';

/** Props of PlanReviewDialog: `review` reopens a planned review with its values to edit (or cancel) it. */
export type PlanReviewDialogProps = { accountId?: string; review?: Review; onClose: () => void; onPlanned?: (id: string) => void };

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

/** Plan a review (or edit a planned one): account, kind, date and time, place, attendees, objectives, and an agenda proposed from the data. */
export function PlanReviewDialog({ accountId: givenAccount, review, onClose, onPlanned }: PlanReviewDialogProps) {
  const fixedAccount = review?.accountId ?? givenAccount;
  const accounts = useAccountOptions();
  const me = useMe((s) => s.memberId);
  const members = useTeamMembers();
  const [accountId, setAccountId] = useState(fixedAccount ?? '');
  const contacts = useAccountContacts(accountId);
  const bundle = useReviewBundle(accountId || null);
  const [kind, setKind] = useState<ReviewKind>(review?.kind ?? 'qbr');
  const [title, setTitle] = useState(review?.title ?? '');
  const [date, setDate] = useState(review ? localDateOf(review.scheduledAt, userZone) : addDays(localToday(), 7));
  const [time, setTime] = useState(review ? localTimeOf(review.scheduledAt, userZone) : '10:00');
  const [placeKind, setPlaceKind] = useState<ReviewPlaceKind>(review?.placeKind ?? 'on_site');
  const [place, setPlace] = useState(review?.place ?? '');
  const [attendees, setAttendees] = useState<string[]>(review?.attendeeContactIds ?? []);
  const [team, setTeam] = useState<string[]>(review?.attendeeMemberIds ?? (me ? [me] : []));
  const [objectives, setObjectives] = useState(review?.objectives ?? '');
  const [agenda, setAgenda] = useState<AgendaItem[]>(review?.agendaItems ?? []);
  // An edited review keeps its agenda: nothing is proposed until asked.
  const [proposedFor, setProposedFor] = useState(review?.accountId ?? '');
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const accountName = accounts?.find((a) => a.id === accountId)?.name ?? '';

  // Propose the agenda once per chosen account, when its data has loaded.
  useEffect(() => {
    if (bundle && bundle.account.id === accountId && proposedFor !== accountId) {
      setAgenda(proposeAgenda(bundle, localToday()));
      setProposedFor(accountId);
    }
  }, [bundle, accountId, proposedFor]);

  const submit = async () => {
    const problems: Record<string, string> = {};
    if (!accountId) problems.accountId = 'Choose the account';
    if (!isValidDate(date) || !/^\d{2}:\d{2}$/.test(time)) problems.scheduledAt = 'Give a date and a time';
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    try {
      const fields = {
        kind, title: title.trim() || `${reviewKindLabels[kind]} with ${accountName}`, scheduledAt: new Date(instantAt(date, time, userZone)).toISOString(),
        placeKind, place: place.trim(), attendeeContactIds: attendees, attendeeMemberIds: team, objectives, agendaItems: agenda.filter((i) => i.text.trim() !== ''),
      };
      if (review) await editPlannedReview(review.id, fields);
      else onPlanned?.(await planReview({ accountId, ...fields }));
      onClose();
    } catch (e) {
      setErrors(e instanceof ValidationError ? e.fields : { form: describeError(e) });
      setSaving(false);
    }
  };

  return (
    <Dialog title={review ? 'Edit the review' : 'Plan a review'} onClose={onClose} wide>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate className="plan-review">
        <div className="form-grid">
          {fixedAccount ? <div className="field"><span className="label">Account</span><span>{accountName}</span></div> : (
            <FormField label="Account" htmlFor="review-account" error={errors.accountId}>
              <select id="review-account" value={accountId} onChange={(e) => setAccountId(e.target.value)} aria-invalid={errors.accountId ? true : undefined}>
                <option value="">Choose an account…</option>
                {(accounts ?? []).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </select>
            </FormField>
          )}
          <FormField label="Kind" htmlFor="review-kind">
            <select id="review-kind" value={kind} onChange={(e) => setKind(e.target.value as ReviewKind)}>
              {reviewKinds.map((k) => <option key={k} value={k}>{reviewKindLabels[k]}</option>)}
            </select>
          </FormField>
          <div className="span-2"><FormField label="Title" htmlFor="review-title" error={errors.title} hint={accountName ? `Leave empty for “${reviewKindLabels[kind]} with ${accountName}”` : undefined}>
            <input id="review-title" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
          </FormField></div>
          <FormField label="Date" htmlFor="review-date" error={errors.scheduledAt}><input id="review-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} /></FormField>
          <FormField label="Time" htmlFor="review-time"><input id="review-time" type="time" value={time} onChange={(e) => setTime(e.target.value)} /></FormField>
          <fieldset className="checks">
            <legend>Where</legend>
            <label className="check"><input type="radio" name="place-kind" checked={placeKind === 'on_site'} onChange={() => setPlaceKind('on_site')} />On site</label>
            <label className="check"><input type="radio" name="place-kind" checked={placeKind === 'video'} onChange={() => setPlaceKind('video')} />Video call</label>
          </fieldset>
          <FormField label={placeKind === 'on_site' ? 'Address' : 'Meeting link'} htmlFor="review-place" error={errors.place}>
            <input id="review-place" value={place} maxLength={500} onChange={(e) => setPlace(e.target.value)} />
          </FormField>
          <fieldset className="checks">
            <legend>Their attendees</legend>
            {contacts.length === 0 ? <span className="muted">{accountId ? 'No stakeholders on this account yet' : 'Choose an account first'}</span> : contacts.map((c) => (
              <label key={c.id} className="check"><input type="checkbox" checked={attendees.includes(c.id)} onChange={() => setAttendees(toggle(attendees, c.id))} />{c.name}</label>
            ))}
          </fieldset>
          <fieldset className="checks">
            <legend>Our team</legend>
            {members.length === 0 ? <span className="muted">No team members yet</span> : members.map((m) => (
              <label key={m.id} className="check"><input type="checkbox" checked={team.includes(m.id)} onChange={() => setTeam(toggle(team, m.id))} />{m.name}</label>
            ))}
          </fieldset>
          <div className="span-2"><FormField label="Objectives (one per line)" htmlFor="review-objectives" error={errors.objectives}>
            <textarea id="review-objectives" rows={3} value={objectives} onChange={(e) => setObjectives(e.target.value)} />
          </FormField></div>
          <div className="span-2">
            <AgendaEditor items={agenda} onChange={setAgenda} onPropose={bundle ? () => setAgenda(proposeAgenda(bundle, localToday())) : undefined} />
            {errors.agendaItems ? <p className="error" role="alert">{errors.agendaItems}</p> : null}
          </div>
        </div>
        {errors.form ? <p className="error" role="alert">Could not {review ? 'save' : 'plan'} the review: {errors.form}</p> : null}
        <div className="form-actions">
          {review ? <CancelReview confirming={confirmCancel} onAsk={setConfirmCancel} onCancel={async () => { await cancelReview(review.id); onClose(); }} onError={(e) => setErrors({ form: describeError(e) })} /> : null}
          <button type="button" className="button" onClick={onClose}>{review ? 'Close' : 'Cancel'}</button>
          <button type="submit" className="button primary" disabled={saving}>{review ? 'Save changes' : 'Plan review'}</button>
        </div>
      </form>
    </Dialog>
  );
}

type CancelReviewProps = { confirming: boolean; onAsk: (ask: boolean) => void; onCancel: () => Promise<void>; onError: (e: unknown) => void };

/** "Cancel review", asked twice: the review then leaves the upcoming list and stays among past ones as cancelled. */
function CancelReview({ confirming, onAsk, onCancel, onError }: CancelReviewProps) {
  if (!confirming) return <button type="button" className="button danger start" onClick={() => onAsk(true)}>Cancel review…</button>;
  return (
    <span className="start confirm-cancel" role="group" aria-label="Cancel this review?">
      <span>Cancel this review?</span>
      <button type="button" className="button danger" onClick={() => { onCancel().catch(onError); }}>Yes, cancel it</button>
      <button type="button" className="button" onClick={() => onAsk(false)}>Keep it</button>
    </span>
  );
}
