'use client';

import { editorStore, useEditor } from '../state/editor-store';

/** Refusals (why a connection was not made) and save failures with their details, next to the canvas. */
export function NoticeBar() {
  const { notice, feedback } = useEditor((s) => ({ notice: s.notice, feedback: s.saveFeedback }));
  if (!notice && !feedback) return null;
  return (
    <div className="wf-notices">
      {feedback && (
        <div className="wf-notice wf-notice--error" role="alert" data-testid="save-feedback">
          <strong>{feedback.title}</strong>
          {feedback.lines.length > 0 && (
            <ul>
              {feedback.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
          <button type="button" className="link-button" onClick={() => editorStore.getState().setSaveFeedback(null)}>
            Dismiss
          </button>
        </div>
      )}
      {notice && (
        <div className={`wf-notice wf-notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="editor-notice">
          <span>{notice.text}</span>
          <button type="button" className="link-button" onClick={() => editorStore.getState().setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
