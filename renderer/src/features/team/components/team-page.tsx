import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useMe } from '../../../lib/me';
import { useNow } from '../../../lib/now';
import { readSession } from '../../../lib/server-session';
import { useTeam, useWorkload } from '../api/use-team';
import { AddPersonForm } from './add-person-form';
import { AddUserForm } from './add-user-form';
import { MemberTable } from './member-table';
import { WorkloadTable } from './workload-table';

/** Props of TeamPage. */
export type TeamPageProps = {
  onShowAccounts: (memberId: string) => void;
  onShowCommitments: (memberId: string) => void;
  onUserAdded: () => void;
};

/** The team: who is on it (job role, access, active), adding people and users, and everyone's workload. */
export function TeamPage({ onShowAccounts, onShowCommitments, onUserAdded }: TeamPageProps) {
  const members = useTeam();
  const me = useMe((s) => s.memberId);
  const now = useNow();
  const workload = useWorkload(now);
  const session = readSession();
  const isAdmin = session?.role === 'admin';
  if (!members) return <PageHeader title="Team" />;
  const names = new Map(members.map((m) => [m.id, m.name]));
  return (
    <>
      <PageHeader title="Team" subtitle={`${members.length} ${members.length === 1 ? 'person' : 'people'}${session ? ` · ${session.url}` : ' · on this device'}`} />
      <div className="page-body">
        {members.length === 0 ? <EmptyState title="Nobody on the team yet">Add the people who own accounts and commitments: coordinators and specialists without a login, or users of your team server.</EmptyState> : (
          <section className="card" aria-labelledby="members-title">
            <h2 id="members-title">Members</h2>
            <MemberTable members={members} isAdmin={isAdmin} myId={me} />
          </section>
        )}
        <section className="card" aria-labelledby="add-person-title">
          <h2 id="add-person-title">Add a person without a login</h2>
          <AddPersonForm />
        </section>
        {isAdmin ? (
          <section className="card" aria-labelledby="add-user-title">
            <h2 id="add-user-title">Add a user to the team server</h2>
            <p className="muted">They sign in with their email and this temporary password; their member record reaches everyone with the next sync.</p>
            <AddUserForm onAdded={onUserAdded} />
          </section>
        ) : null}
        {workload && workload.length > 0 ? (
          <section className="card" aria-labelledby="workload-title">
            <h2 id="workload-title">Workload</h2>
            <WorkloadTable rows={workload} names={names} onShowAccounts={onShowAccounts} onShowCommitments={onShowCommitments} />
          </section>
        ) : null}
      </div>
    </>
  );
}
