import { BarChart3, Briefcase, CalendarCheck, Flame, HeartHandshake, LifeBuoy, MessageSquareHeart, Settings, Sun, TrendingUp, Users, type LucideIcon } from 'lucide-react';
import type { SectionId } from '../lib/navigation';

/** A sidebar section: its label, icon, and (for screens not built yet) what it will do. */
export type Section = { id: SectionId; label: string; icon: LucideIcon; whatWillCome?: string };

/** The sidebar, in order; Ctrl/Cmd+1…9 jump to the first nine. */
export const sections: Section[] = [
  { id: 'today', label: 'Today', icon: Sun },
  { id: 'accounts', label: 'Accounts', icon: Briefcase },
  { id: 'commitments', label: 'Commitments', icon: HeartHandshake },
  { id: 'escalations', label: 'Escalations', icon: Flame },
  { id: 'reviews', label: 'Reviews', icon: CalendarCheck },
  { id: 'surveys', label: 'Surveys', icon: MessageSquareHeart, whatWillCome: 'NPS and CSAT responses, a survey cadence per account, and closed-loop follow-up of every detractor tracked to closure.' },
  { id: 'recovery', label: 'Recovery', icon: LifeBuoy },
  { id: 'reports', label: 'Reports', icon: BarChart3, whatWillCome: 'Retention (gross and net), logo churn, NPS and CSAT trends, time-to-resolution and the closed-loop rate, with charts and PDF/CSV export for the monthly review.' },
  { id: 'settings', label: 'Settings', icon: Settings },
  // After Settings so Ctrl/Cmd+1…9 keep their sections.
  { id: 'team', label: 'Team', icon: Users },
  { id: 'leads', label: 'Leads', icon: TrendingUp },
];
