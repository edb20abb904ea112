// Twelve weeks of made-up but plausible responses for the demo's results page (scripts/seed-demo.mjs) and for
// the report's browser tests (tests/support/demo-collector.ts). Deterministic: the same seed gives the same
// responses, placed relative to `now`.
//
// Four touchpoints of a bank, three channels (phone feels worse than web: TNO), Dutch and English, comments
// on about one in five, and a visible dip: an app release that went wrong two weeks before the last one.

/** A small deterministic generator (mulberry32): the demo looks the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOUCHPOINTS = [
  { id: 'hypotheek-aanvraag', page: '/hypotheek/aanvraag', weight: 3, mood: 0.4 },
  { id: 'rekening-openen', page: '/rekening/openen', weight: 2, mood: 0.8 },
  { id: 'betalen-app', page: '/app/betalen', weight: 4, mood: 0.6 },
  { id: 'klantenservice', page: '/contact', weight: 2, mood: 0 },
];
const CHANNELS = [
  { id: 'web', weight: 5, mood: 0.3 },
  { id: 'app', weight: 4, mood: 0.4 },
  { id: 'phone', weight: 2, mood: -0.6 },
];
const GOOD = ['happy', 'relieved', 'valued', 'confident', 'surprised'];
const BAD = ['angry', 'disappointed', 'worried', 'frustrated', 'sad'];
const COMMENTS = {
  nl: {
    good: ['Snel geholpen, duidelijke uitleg.', 'Fijn dat alles online kon.', 'Prettig contact met de adviseur.'],
    bad: [
      'Ik moest drie keer bellen voor een antwoord.',
      'De app liep steeds vast bij het betalen.',
      'Onduidelijk wat de volgende stap is.',
    ],
  },
  en: {
    good: ['Quick and clear, thank you.', 'Everything worked on the first try.', 'Friendly and helpful advisor.'],
    bad: [
      'I waited 40 minutes on the phone.',
      'The app kept crashing at checkout.',
      'Nobody told me what happens next.',
    ],
  },
};

const DAY = 24 * 3600 * 1000;
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const weighted = (rnd, list) => {
  let x = rnd() * list.reduce((s, e) => s + e.weight, 0);
  return list.find((e) => (x -= e.weight) < 0) ?? list.at(-1);
};
const uuid = (rnd) => {
  const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(rnd() * 4)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/**
 * `count` responses spread over the twelve weeks before `now` (the last ends at `now`), oldest first.
 * `score(answers)` gives the response's `scores` (the collector's `scoreResponse`), so stored responses
 * carry the scores their answers make.
 */
export function demoResponses({ now = Date.now(), count = 1800, seed = 42, score, surveyId = 'default' } = {}) {
  const rnd = random(seed);
  const start = now - 84 * DAY;
  const times = Array.from({ length: count }, () => start + rnd() * (now - start)).sort((a, b) => a - b);
  return times.map((at) => {
    const touchpoint = weighted(rnd, TOUCHPOINTS);
    const channel = weighted(rnd, CHANNELS);
    const lang = rnd() < 0.7 ? 'nl' : 'en';
    // The app release: ten days of crashes in the app, from 24 days before now.
    const dip = channel.id === 'app' && at > now - 24 * DAY && at < now - 14 * DAY ? -2.5 : 0;
    const mood = touchpoint.mood + channel.mood + dip + (rnd() - 0.5) * 3;
    const nps = Math.max(0, Math.min(10, Math.round(7.2 + mood * 1.6 + (rnd() - 0.5) * 3)));
    const answers = [{ name: 'nps', kind: 'nps', value: nps }];
    if (rnd() < 0.85) {
      const good = nps >= 7 ? rnd() < 0.85 : rnd() < 0.2;
      const value = [
        {
          id: pick(rnd, good ? GOOD : BAD),
          valence: good ? 'positive' : 'negative',
          intensity: 1 + Math.floor(rnd() * 5),
        },
      ];
      if (rnd() < 0.2)
        value.push({
          id: pick(rnd, good ? BAD : GOOD),
          valence: good ? 'negative' : 'positive',
          intensity: 1 + Math.floor(rnd() * 3),
        });
      answers.push({ name: 'emotion', kind: 'emotion', value });
    }
    if (rnd() < 0.6) {
      answers.push({
        name: 'effort',
        kind: 'effort',
        value: Math.max(1, Math.min(7, Math.round(4.5 + mood + (rnd() - 0.5) * 3))),
      });
    }
    if (rnd() < 0.2)
      answers.push({ name: 'comment', kind: 'comment', value: pick(rnd, COMMENTS[lang][nps >= 7 ? 'good' : 'bad']) });
    const scores = score(answers);
    const reasons = [
      ...(scores.npsCategory === 'detractor' ? ['detractor'] : []),
      ...(scores.strongNegative ? ['strong-negative'] : []),
    ];
    return {
      schema: 'feelback.response/1',
      id: uuid(rnd),
      surveyId,
      touchpoint: touchpoint.id,
      channel: channel.id,
      lang,
      page: touchpoint.page,
      submittedAt: new Date(at).toISOString(),
      answers,
      scores,
      recovery: { needed: reasons.length > 0, reasons },
      metadata: { demo: 'true' },
    };
  });
}
