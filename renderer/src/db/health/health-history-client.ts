import { create } from 'zustand';
import { useHealthSettings } from '../../lib/health-settings';
import { historyByAccount, type HealthHistoryReply, type HealthHistoryRequest } from './health-history';

type HistoryState = {
  /** The request whose answer is awaited or shown. */
  requestId: number;
  /** The days of the scores shown (the last complete answer; kept while a newer one computes). */
  dates: string[];
  byAccount: ReadonlyMap<string, readonly (number | null)[]> | null;
  /** Accounts scored so far by the running request, when it reported any. */
  progress: { done: number; total: number } | null;
  error: string | null;
  /** Bumped whenever scores changed (records, settings, a new day): the history is asked for again. */
  version: number;
};

/** Past health scores computed by the health worker for reports (UI state; read with selectors). */
export const useHealthHistory = create<HistoryState>(() => ({ requestId: 0, dates: [], byAccount: null, progress: null, error: null, version: 0 }));

let sender: ((request: HealthHistoryRequest) => void) | null = null;
let wanted: string[] | null = null;
let nextId = 1;

function send(dates: string[]): void {
  if (!sender) return;
  const requestId = nextId;
  nextId += 1;
  useHealthHistory.setState({ requestId, progress: null, error: null });
  sender({ type: 'history', requestId, dates, settings: useHealthSettings.getState().settings });
}

/** Asks the worker for every account's score on these days (sent once health scoring has started). */
export function requestHealthHistory(dates: string[]): void {
  wanted = dates;
  send(dates);
}

/** Health scoring started: history requests go to its worker from now on (a waiting one at once). */
export function connectHealthHistory(post: (request: HealthHistoryRequest) => void): () => void {
  sender = post;
  if (wanted) send(wanted);
  return () => { if (sender === post) sender = null; };
}

/** Whether a worker message is a history answer. */
export function isHistoryReply(reply: { type: string }): reply is HealthHistoryReply {
  return reply.type === 'history' || reply.type === 'history-progress' || reply.type === 'history-error';
}

/** Shows a history answer (answers to older requests are dropped). */
export function receiveHealthHistory(reply: HealthHistoryReply): void {
  if (reply.requestId !== useHealthHistory.getState().requestId) return;
  if (reply.type === 'history-progress') useHealthHistory.setState({ progress: { done: reply.done, total: reply.total } });
  else if (reply.type === 'history-error') useHealthHistory.setState({ progress: null, error: `Health history could not be computed: ${reply.message}` });
  else useHealthHistory.setState({ dates: reply.dates, byAccount: historyByAccount(reply), progress: null, error: null });
}

/** Scores changed: the history shown may be out of date. */
export function healthHistoryOutdated(): void {
  useHealthHistory.setState((s) => ({ version: s.version + 1 }));
}
