import { useState } from 'react';
import type { RecoveryProgram } from '../../../../../shared/domain/recovery';
import { defaultSurveyTemplate, programSurveyTemplate, storedSurveyTemplate, surveyTemplatePlaceholders } from '../../../../../shared/domain/recovery/follow-up-survey-draft';
import { describeError } from '../../../lib/storage-error';
import { useToasts } from '../../../lib/toast';
import { setSurveyTemplate } from '../api/recovery-writes';

/** Props of SurveyTemplateEditor. */
export type SurveyTemplateEditorProps = { program: RecoveryProgram };

/** The program's survey invitation template, folded away: edited once for every account of the program. */
export function SurveyTemplateEditor({ program }: SurveyTemplateEditorProps) {
  const [text, setText] = useState(() => programSurveyTemplate(program));
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (template: string) => {
    try {
      // The default text is stored as '' so a later improvement of the default reaches this program.
      await setSurveyTemplate(program, storedSurveyTemplate(template));
      setText(template.trim() ? template : defaultSurveyTemplate);
      setProblem(null);
      useToasts.getState().show({ message: 'Survey invitation saved for every account of this program' });
    } catch (e) {
      setProblem(`Could not save the invitation: ${describeError(e)}`);
    }
  };
  return (
    <details className="template-editor">
      <summary>Edit the invitation for this program</summary>
      <label className="field">Survey invitation template
        <textarea className="input mono" rows={9} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <p className="muted">First line is the subject. Fills in {surveyTemplatePlaceholders.map((p) => `{{${p}}}`).join(', ')}.</p>
      {problem ? <p className="error" role="alert">{problem}</p> : null}
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void save(text)}>Save invitation</button>
        <button type="button" className="link" onClick={() => void save('')}>Back to the default text</button>
      </div>
    </details>
  );
}
