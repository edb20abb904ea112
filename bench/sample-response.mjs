// The response the benchmarks send and store: what the default survey posts from the Dutch demo page, with
// the id (and, where a benchmark measures something else, the answers) of the caller's choosing.
export const sampleResponse = (id, changes = {}) => ({
  schema: 'feelback.response/1',
  id,
  surveyId: 'bench',
  touchpoint: 'hypotheek-aanvraag',
  channel: 'web',
  lang: 'nl',
  page: '/hypotheek/aanvraag',
  submittedAt: '2026-11-22T10:00:00.000Z',
  answers: [
    { name: 'nps', kind: 'nps', value: 9 },
    { name: 'emotion', kind: 'emotion', value: [{ id: 'relieved', valence: 'positive', intensity: 4 }] },
    { name: 'effort', kind: 'effort', value: 6 },
    { name: 'comment', kind: 'comment', value: 'Snel geholpen, duidelijke uitleg.' },
  ],
  scores: {
    npsCategory: 'promoter',
    valence: 1,
    balance: 'positive',
    strongPositive: true,
    strongNegative: false,
    highEffort: false,
  },
  recovery: { needed: false, reasons: [] },
  metadata: { branch: 'Utrecht' },
  ...changes,
});
