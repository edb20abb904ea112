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
  },
  required: 'Please answer this question.',
  nps: {
    question: (subject) => `How likely are you to recommend ${subject} to a friend or colleague?`,
    defaultSubject: 'us',
    low: 'Not at all likely',
    high: 'Extremely likely',
  },
  emotion: {
    question: 'How did this make you feel?',
    none: 'No particular feeling',
    strength: (label) => `How strongly? ${label}`,
    intensityLow: 'a little',
    intensityHigh: 'very strongly',
    max: (max) => (max === 1 ? 'You can choose one feeling.' : `You can choose up to ${max} feelings.`),
    chosen: (count, max) => `${count} of ${max} chosen. You cannot choose more.`,
    full: (max) =>
      `You have already chosen ${max === 1 ? 'a feeling' : `${max} feelings`}. Uncheck one to choose another.`,
    incomplete: (label) => `Please choose how strongly: ${label}.`,
  },
  effort: {
    question: (organisation) => `${organisation} made it easy for me to handle my issue.`,
    defaultOrganisation: 'The organisation',
    anchors: [
      'Strongly disagree',
      'Disagree',
      'Somewhat disagree',
      'Neither agree nor disagree',
      'Somewhat agree',
      'Agree',
      'Strongly agree',
    ],
  },
  rating: {
    csat: { question: 'How satisfied are you with this?', low: 'Very dissatisfied', high: 'Very satisfied' },
    effectiveness: { question: 'How well could you do what you wanted to do?', low: 'Not at all', high: 'Completely' },
    ease: { question: 'How easy was it?', low: 'Very difficult', high: 'Very easy' },
    emotion: { question: 'How did you feel about it?', low: 'Very bad', high: 'Very good' },
    custom: { question: 'How would you rate this?', low: 'Poor', high: 'Excellent' },
  },
  comment: {
    question: 'Anything you would like to add?',
    count: (used, max) => `${used} of ${max} characters`,
    left: (left) => `${left} ${left === 1 ? 'character' : 'characters'} left`,
    redacted: 'Personal details such as e-mail addresses and account numbers are left out.',
  },
  kano: {
    functional: (feature) => `How would you feel if ${feature} were there?`,
    dysfunctional: (feature) => `How would you feel if ${feature} were not there?`,
    defaultFeature: 'this feature',
    options: {
      like: 'I like it',
      expect: 'I expect it',
      neutral: 'I am neutral',
      tolerate: 'I can live with it',
      dislike: 'I dislike it',
    },
  },
  statements: {
    question: 'How much do you agree?',
    anchors: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  },
  choice: {
    question: 'Which of these applies most?',
    questionMultiple: 'Which of these apply?',
    other: 'Other',
    otherText: 'Please specify',
    max: (max) => (max === 1 ? 'You can choose one.' : `You can choose up to ${max}.`),
    chosen: (count, max) => `${count} of ${max} chosen. You cannot choose more.`,
    full: (max) => `You have already chosen ${max}. Uncheck one to choose another.`,
  },
};
