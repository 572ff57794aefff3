import { answerLabel, type AnswerLike } from '../../../../../shared/domain/recovery/follow-up-survey';
import { isFollowUpTrigger, isRescuingAnswer } from '../../../../../shared/domain/survey-rules';
import { showDateTime } from '../../../lib/format';

/** Props of SurveyAnswer. */
export type SurveyAnswerProps = { answer: AnswerLike };

/** The account's answer to the follow-up survey: score, kind and meaning (promoter/passive/detractor), the verbatim and when. */
export function SurveyAnswer({ answer }: SurveyAnswerProps) {
  const tone = isFollowUpTrigger(answer) ? 'badge danger' : isRescuingAnswer(answer) ? 'badge ok' : 'badge warn';
  return (
    <div className="survey-answer" aria-label="Survey answer">
      <span className={tone}>{answerLabel(answer)}</span>
      <span className="muted">answered {showDateTime(answer.respondedAt)}</span>
      <blockquote className="verbatim">{answer.comment.trim() ? `“${answer.comment.trim()}”` : <span className="muted">No comment given.</span>}</blockquote>
    </div>
  );
}
