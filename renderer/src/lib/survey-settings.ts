import { create } from 'zustand';
import { defaultFollowUpHours } from '../../../shared/domain/closed-loop';
import { defaultSurveyCadenceDays } from '../../../shared/domain/survey-cadence';

const storageKey = 'rapport.surveys';

/** The team's survey defaults on this device: how often to survey, and the first-contact target of a follow-up. */
export type SurveySettings = { cadenceDays: number; followUpHours: number };

/** The defaults: survey every 90 days, first contact within 48 hours. */
export const defaultSurveySettings: SurveySettings = { cadenceDays: defaultSurveyCadenceDays, followUpHours: defaultFollowUpHours };

/** Why settings cannot be used, in words (null when they can). */
export function surveySettingsProblem(s: SurveySettings): string | null {
  if (!Number.isInteger(s.cadenceDays) || s.cadenceDays < 7 || s.cadenceDays > 730) return 'Survey every 7 to 730 days';
  if (!Number.isInteger(s.followUpHours) || s.followUpHours < 1 || s.followUpHours > 720) return 'The first-contact target is 1 to 720 hours';
  return null;
}

function read(): SurveySettings {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Partial<SurveySettings> | null;
    const merged = { ...defaultSurveySettings, ...stored };
    return surveySettingsProblem(merged) === null ? merged : defaultSurveySettings;
  } catch {
    return defaultSurveySettings;
  }
}

type State = { settings: SurveySettings; set: (next: SurveySettings) => string | null };

/** Survey cadence and follow-up target: a setting of this device (localStorage), like the health weights. */
export const useSurveySettings = create<State>((set) => ({
  settings: typeof localStorage === 'undefined' ? defaultSurveySettings : read(),
  set: (next) => {
    const problem = surveySettingsProblem(next);
    if (problem) return problem;
    localStorage.setItem(storageKey, JSON.stringify(next));
    set({ settings: next });
    return null;
  },
}));
