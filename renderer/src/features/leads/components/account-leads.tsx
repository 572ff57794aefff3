import { leadStageLabels } from '../../../../../shared/domain/expansion/expansion-rules';
import { showMoney } from '../../../lib/format';
import { useNavigation } from '../../../lib/navigation';
import { useAccountLeads } from '../api/use-leads';
import { kindLabels } from './labels';

/** Props of AccountLeads. */
export type AccountLeadsProps = { accountId: string };

const sourceLabels = { account_page: 'account page', meeting: 'a review', touch: 'a touch' } as const;

/** The account page's expansion leads: what, value, stage and where it was flagged; nothing shown when there are none. */
export function AccountLeads({ accountId }: AccountLeadsProps) {
  const leads = useAccountLeads(accountId);
  const go = useNavigation((s) => s.go);
  if (!leads || leads.length === 0) return null;
  return (
    <section className="card" aria-labelledby="account-leads-title">
      <div className="toolbar"><h2 id="account-leads-title">Expansion leads ({leads.length})</h2><span style={{ marginLeft: 'auto' }} />
        <button type="button" className="button" onClick={() => go({ section: 'leads' })}>All leads</button>
      </div>
      <ul className="list" aria-label="Expansion leads of this account">
        {leads.map((l) => (
          <li key={l.id}>
            <span className="badge">{kindLabels[l.kind]}</span>
            <span>{l.title}</span>
            <span className="muted">{showMoney(l.estimatedArrMinor, l.currency)} · from {sourceLabels[l.source]}</span>
            <span className="badge end">{leadStageLabels[l.stage]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
