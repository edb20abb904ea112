// The report page's example: a summary set as a property, as a dashboard would after its own query (an
// external file: the page's CSP allows no inline script). 412 answers to the mortgage survey, made up.
const example = {
  n: 412,
  nps: { n: 412, score: 16.9903, promoters: 182, passives: 118, detractors: 112, ci95: [8.9126, 24.8223] },
  emotion: {
    n: 357,
    score: 15.6863,
    strongPositiveShare: 0.2073,
    strongNegativeShare: 0.2269,
    byEmotion: {
      angry: { count: 63, share: 0.1765, meanIntensity: 3.3016 },
      confident: { count: 21, share: 0.0588, meanIntensity: 3.1905 },
      disappointed: { count: 42, share: 0.1176, meanIntensity: 3.1429 },
      frustrated: { count: 26, share: 0.0728, meanIntensity: 3.0385 },
      happy: { count: 84, share: 0.2353, meanIntensity: 2.7857 },
      relieved: { count: 97, share: 0.2717, meanIntensity: 3.0206 },
      sad: { count: 13, share: 0.0364, meanIntensity: 2.8462 },
      surprised: { count: 33, share: 0.0924, meanIntensity: 3.0606 },
      valued: { count: 25, share: 0.07, meanIntensity: 2.6 },
      worried: { count: 46, share: 0.1289, meanIntensity: 3.1739 },
    },
  },
  effort: { n: 243, mean: 5.284, agreeShare: 0.7407 },
  csat: { n: 0, score: null },
  cxi: { n: 0, index: null, parts: {} },
  crosstab: {
    promoter: { positive: 112, negative: 11, mixed: 19, neutral: 12 },
    passive: { positive: 45, negative: 34, mixed: 20, neutral: 6 },
    detractor: { positive: 10, negative: 66, mixed: 11, neutral: 11 },
  },
};

await customElements.whenDefined('feelback-report');
const report = document.getElementById('example-report');
if (report) report.summary = example;
