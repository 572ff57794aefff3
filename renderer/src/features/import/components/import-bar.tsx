import { useState } from 'react';
import type { ImportEntity } from '../../../../../shared/import/fields';
import type { ImportPlan } from '../../../../../shared/import/import-plan';
import { planSummary } from '../../../../../shared/import/preview';

/** Props of ImportBar. */
export type ImportBarProps = { plan: ImportPlan<ImportEntity> | undefined; rows: number; kind: string; disabled: boolean; onImport: () => void };

/** The Import button, saying what it will do; asks first when every row would be rejected. */
export function ImportBar({ plan, rows, kind, disabled, onImport }: ImportBarProps) {
  const [confirming, setConfirming] = useState(false);
  const allRejected = plan !== undefined && plan.rejected.length > 0 && plan.rejected.length === rows;
  const said = plan ? planSummary(plan) : 'checking…';
  return (
    <div className="card" style={{ display: 'grid', gap: 8 }}>
      <div className="toolbar" style={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <button type="button" className="button primary" disabled={disabled || plan === undefined} onClick={() => (allRejected ? setConfirming(true) : onImport())}>
          Import {rows.toLocaleString()} rows as {kind}
        </button>
        <span role="status" aria-label="What the import will do">{said}</span>
      </div>
      {confirming ? (
        <div role="alertdialog" aria-label="Every row would be rejected" className="error" style={{ display: 'grid', gap: 6 }}>
          <p style={{ margin: 0 }}>Every row of this file would be rejected: nothing would be imported. Check the column matches and the values above first.</p>
          <div className="toolbar">
            <button type="button" className="button" onClick={() => setConfirming(false)}>Go back and fix</button>
            <button type="button" className="button" onClick={() => { setConfirming(false); onImport(); }}>Import anyway</button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
