import type { Account } from '../../../../../shared/domain/account';
import type { RecoveryProgram, RecoveryTarget } from '../../../../../shared/domain/recovery';
import { documentFileName } from '../../../../../shared/document/print-document';
import { programReportDocument } from '../../../../../shared/domain/recovery/program-report';
import { surveySummary, type AnswerLike } from '../../../../../shared/domain/recovery/follow-up-survey';
import { outcomeSummary } from '../../../../../shared/domain/recovery/recovery-outcomes';
import { programReportCsv, reportRows } from '../../../../../shared/domain/recovery/recovery-report';
import { bridge } from '../../../lib/bridge';
import { localToday, showDate, showDateTime } from '../../../lib/format';
import { exportPdf } from '../../../lib/pdf';

/** A file name from a program's title: "recovery-eu-payments-outage-2026-11-28.csv". */
export function reportFileName(program: RecoveryProgram, extension: string): string {
  const slug = program.title.toLocaleLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'program';
  return `recovery-${slug}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

/** What a program report reads besides the program: its targets, their accounts and survey answers, and the team's names. */
export type ReportInputs = {
  targets: readonly RecoveryTarget[]; accounts: ReadonlyMap<string, Account>; memberNames: ReadonlyMap<string, string>;
  responsesByAccount: ReadonlyMap<string, readonly AnswerLike[]>;
};

/** Saves the program's per-account CSV (with each account's follow-up survey). */
export async function exportProgramCsv(program: RecoveryProgram, { targets, accounts, memberNames, responsesByAccount }: ReportInputs): Promise<boolean> {
  const csv = programReportCsv(program, reportRows(program, targets, accounts, memberNames, { responsesByAccount, now: new Date().toISOString() }));
  const { saved } = await bridge.saveFile({ suggestedName: reportFileName(program, 'csv'), contents: csv, mimeType: 'text/csv' });
  return saved;
}

/** Saves the program report (outreach against the deadline, impact, credits, retention, follow-up survey, every account) as a PDF file. */
export async function exportProgramPdf(program: RecoveryProgram, { targets, accounts, memberNames, responsesByAccount }: ReportInputs): Promise<boolean> {
  const now = new Date().toISOString();
  const rows = reportRows(program, targets, accounts, memberNames, { responsesByAccount, now });
  const doc = programReportDocument(program, rows, outcomeSummary(program, targets, accounts, now), surveySummary(program, targets, responsesByAccount, now), now, {
    dateTime: showDateTime, date: (iso) => showDate(localToday(new Date(iso))),
  });
  const { saved } = await exportPdf(doc, { pageSize: 'A4', suggestedName: documentFileName(['Recovery report', program.title, now.slice(0, 10)], 'pdf') });
  return saved;
}
