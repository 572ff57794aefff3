import type { Account } from '../domain/account';
import type { TimelineItem } from '../domain/account-timeline';
import type { Contact } from '../domain/contact';

/** Everything known about one account, as the account page and its export see it. */
export type AccountView = { account: Account; contacts: Contact[]; timeline: TimelineItem[] };
