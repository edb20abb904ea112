import type { SharedMessages } from './messages.js';

export const en: SharedMessages = {
  survey: {
    title: 'Your feedback',
    submit: 'Send',
    sending: 'Sending…',
    next: 'Next',
    back: 'Back',
    progress: (step, total) => `Question ${step} of ${total}`,
    thanks: 'Thank you for your answer!',
    thanksRecovery:
      "Thank you for telling us. We are sorry this didn't feel right; we take your experience seriously and will act on it.",
    contact: 'May we contact you about your experience?',
    errorConfig: 'Sending is not possible right now.',
    errorRejected: 'Your answer could not be processed.',
    launcher: 'Give feedback',
    close: 'Close',
    opened: (title) => `A short question opened: ${title}`,
  },
  required: 'Please answer this question.',
};
