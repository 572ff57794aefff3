import { teamRoles, type TeamMember } from '../../../../../shared/domain/team-member';
import { roleLabels } from './labels';

/** Props of PersonFields. */
export type PersonFieldsProps = {
  idPrefix: string;
  value: Pick<TeamMember, 'name' | 'email' | 'role'>;
  onChange: (value: Pick<TeamMember, 'name' | 'email' | 'role'>) => void;
  errors: Partial<Record<'name' | 'email', string>>;
};

/** Name, email and job role of a person: shared by "Who are you?", Settings and the Team screen. */
export function PersonFields({ idPrefix, value, onChange, errors }: PersonFieldsProps) {
  const field = (key: 'name' | 'email', label: string, type: string) => (
    <div className="field">
      <label htmlFor={`${idPrefix}-${key}`}>{label}</label>
      <input id={`${idPrefix}-${key}`} className="input" type={type} value={value[key]} aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${idPrefix}-${key}-error` : undefined} onChange={(e) => onChange({ ...value, [key]: e.target.value })} />
      {errors[key] ? <span id={`${idPrefix}-${key}-error`} className="error" role="alert">{errors[key]}</span> : null}
    </div>
  );
  return (
    <>
      {field('name', 'Name', 'text')}
      {field('email', 'Email (optional)', 'email')}
      <div className="field">
        <label htmlFor={`${idPrefix}-role`}>Job role</label>
        <select id={`${idPrefix}-role`} className="input" value={value.role} onChange={(e) => onChange({ ...value, role: e.target.value as TeamMember['role'] })}>
          {teamRoles.map((r) => <option key={r} value={r}>{roleLabels[r]}</option>)}
        </select>
      </div>
    </>
  );
}
