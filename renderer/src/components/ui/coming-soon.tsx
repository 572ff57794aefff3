import { PageHeader } from './page-header';

/** Props of ComingSoon. */
export type ComingSoonProps = { title: string; whatWillCome: string };

/** An honest placeholder for a screen not built yet: says what it will do, shows nothing fake. */
export function ComingSoon({ title, whatWillCome }: ComingSoonProps) {
  return (
    <>
      <PageHeader title={title} />
      <div className="empty" role="status">
        <h2>{title} is coming</h2>
        <p>{whatWillCome}</p>
      </div>
    </>
  );
}
