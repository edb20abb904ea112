import { html } from 'lit';

/** Parts of the default questions, re-exported with their kind as prefix (`nps-option`). */
const QUESTION_PARTS = [
  'base',
  'question',
  'options',
  'option',
  'checked',
  'label',
  'anchors',
  'low-label',
  'high-label',
  'error',
  'hint',
  'picture',
  'status',
  'intensity',
  'textbox',
  'count',
  'note',
  'meta',
];
const exportParts = (prefix: string) => QUESTION_PARTS.map((p) => `${p}: ${prefix}-${p}`).join(', ');

/** How many questions the default survey asks. */
export const DEFAULT_COUNT = 3;

/**
 * The default survey, asked when the host put no question in the survey: NPS, emotion, comment. They
 * live in the survey's shadow root and register with it like the host's questions do.
 */
export const renderDefaultQuestions = () =>
  html`<feelback-nps required exportparts=${exportParts('nps')}></feelback-nps>
    <feelback-emotion exportparts=${exportParts('emotion')}></feelback-emotion>
    <feelback-comment exportparts=${exportParts('comment')}></feelback-comment>`;
