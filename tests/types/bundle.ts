// Type test of the script-tag bundle's subpaths, checked with react.tsx: importing them for their side
// effect type-checks, and their types bring the tag names and the typed events to the DOM's own APIs.
import 'feelback/feelback.js';
import type {} from 'feelback/feelback.iife.js';
import type { FeelbackSurvey } from 'feelback';

const survey: FeelbackSurvey | null = document.querySelector('feelback-survey');
survey?.addEventListener('feelback-sent', (e) => {
  const status: number = e.detail.status;
  void status;
});
document.addEventListener('feelback-recovery', (e) => void e.detail.reasons);
