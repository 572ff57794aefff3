import { useEffect, useState } from 'react';

/** The user's IANA time zone: times are stored in UTC and shown and bucketed in this zone. */
export const userZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The current time, refreshed every `everyMs` so countdowns move. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
