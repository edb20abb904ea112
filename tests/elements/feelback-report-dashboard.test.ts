import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackReport } from '../../src/elements/feelback-report/feelback-report.js';
import type { TrendReply, Group } from '../../src/elements/feelback-report/dashboard-task.js';
import { dashboardMessages } from '../../src/elements/feelback-report/dashboard-messages.js';
import { formats } from '../../src/elements/feelback-report/figures.js';
import { boardUrls, periodFrom, readFilters, writeFilters } from '../../src/elements/feelback-report/filters.js';
import { changeWords } from '../../src/elements/feelback-report/trend-figure.js';
import { de } from '../../src/i18n/de.js';
import { fr } from '../../src/i18n/fr.js';
import { registerTranslation } from '../../src/index.js';

// A real collector with the demo's twelve weeks (tests/support/collector-proxy.mjs), same origin.
const SRC = '/__collector/api/summary';

const clean = (s: string) => s.replaceAll('\u00ad', '').replace(/\s+/g, ' ').trim();
const text = (node: Element | null | undefined) => clean(node?.textContent ?? '');
const root = (el: FeelbackReport) => el.shadowRoot!;
const part = (el: FeelbackReport, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
const table = (scope: Element) =>
  [...scope.querySelectorAll('table tr')].map((tr) => [...tr.children].map((c) => text(c)));
const get = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

/** Drawn: nothing loading, and the trend, groups and comments in place. */
const drawn = (el: FeelbackReport) =>
  waitUntil(
    () => part(el, 'report')?.getAttribute('aria-busy') === 'false' && !!part(el, 'trend') && !!part(el, 'comments'),
    'dashboard drawn',
    { timeout: 8000 },
  );

async function dashboard(lang = 'en', width = 1200) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px" lang=${lang}><feelback-report dashboard src=${SRC}></feelback-report></div>`,
  );
  const el = wrapper.querySelector('feelback-report')!;
  await drawn(el);
  return { wrapper, el };
}

describe('feelback-report dashboard', () => {
  const page = location.href;
  afterEach(() => history.replaceState(null, '', page));

  it('draws the weekly NPS trend with its interval band and Emotion Score line, and a table of every week', async () => {
    const trend = await get<TrendReply>('/__collector/api/trend?interval=week');
    const { el } = await dashboard();
    const figure = part(el, 'trend');
    expect(figure.querySelector('[part="band"]')!.getAttribute('d')).to.match(/^M.*Z$/);
    expect(figure.querySelector('[part="nps-line"]')!.getAttribute('d')).to.match(/^M/);
    expect(figure.querySelector('[part="emotion-line"]')!.getAttribute('d')).to.match(/^M/);
    for (const svg of figure.querySelectorAll('svg')) expect(svg.closest('[aria-hidden="true"]')).to.exist;
    const rows = table(figure);
    expect(rows[0]).to.deep.equal(['Week of', 'n', 'NPS', '95% interval', 'Emotion Score']);
    expect(rows).to.have.length(trend.points.length + 1);
    expect(trend.points.length).to.be.within(12, 13);
    const last = trend.points.at(-1)!.summary;
    expect(rows.at(-1)![1]).to.equal(String(last.n));
    const total = trend.points.reduce((s, p) => s + p.summary.n, 0);
    expect(text(figure.querySelector('figcaption'))).to.equal(
      `NPS and Emotion Score over time n = ${total.toLocaleString('en')}`,
    );
  });

  it("says in words whether the last change is more than chance, from the trend's change", async () => {
    const trend = await get<TrendReply>('/__collector/api/trend?interval=week');
    const { el } = await dashboard();
    const note = text(part(el, 'note'));
    const c = trend.change!.nps;
    const points = Math.abs(Math.round(c.difference!));
    expect(note).to.contain(`${c.difference! > 0 ? 'rose' : 'fell'} ${points} points since last week`);
    if (c.p === null) expect(note).to.contain('too few answers');
    else expect(note).to.contain(c.significant ? 'unlikely to be chance' : 'can well be chance');
  });

  it('compares touchpoints and channels side by side with their intervals, pictures and tables', async () => {
    const channels = (await get<{ groups: Group[] }>('/__collector/api/summary?groupBy=channel')).groups;
    const { el } = await dashboard();
    const figure = part(el, 'channels');
    expect(text(figure.querySelector('figcaption'))).to.match(/^NPS by channel n = /);
    const rows = table(figure);
    expect(rows[0]).to.deep.equal(['Channel', 'n', 'NPS', '95% interval']);
    expect(rows.slice(1).map((r) => r[0])).to.deep.equal(channels.map((g) => g.key));
    const phone = channels.find((g) => g.key === 'phone')!.summary.nps;
    const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    expect(rows.find((r) => r[0] === 'phone')![3]).to.equal(
      `${fmt.format(phone.ci95![0])} – ${fmt.format(phone.ci95![1])}`,
    );
    expect(figure.querySelectorAll('[part~="interval"]')).to.have.length(channels.length);
    expect(table(part(el, 'touchpoints'))).to.have.length(5);
    // Side by side on a wide screen.
    const [a, b] = [part(el, 'touchpoints'), figure].map((f) => f.getBoundingClientRect());
    expect(a.top).to.equal(b.top);
    expect(b.left).to.be.greaterThan(a.right);
  });

  it('shades the NPS × emotion table as a heat map and keeps every count as text', async () => {
    const { el } = await dashboard();
    const cells = [...part(el, 'crosstab').querySelectorAll('td')];
    expect(cells).to.have.length(12);
    for (const td of cells) {
      expect(td.className).to.match(/^heat-[0-4]$/);
      expect(text(td)).to.match(/^[\d,]+$/);
    }
    // Promoters felt mostly positive, detractors negative: those cells are the darkest of their rows.
    const level = (td: Element) => Number(td.className.slice(5));
    expect(level(cells[0]!)).to.equal(Math.max(...cells.slice(0, 4).map(level)));
    expect(level(cells[9]!)).to.equal(Math.max(...cells.slice(8, 12).map(level)));
    expect(part(el, 'emotions').querySelectorAll('[part="picture"]').length).to.be.greaterThan(0);
  });

  it('lists the newest comments and fetches more with the cursor', async () => {
    const { el } = await dashboard();
    const items = () => part(el, 'comments').querySelectorAll('[part="comment"]');
    expect(items()).to.have.length(10);
    const first = text(items()[0]);
    const more = part(el, 'more') as HTMLButtonElement;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items().length === 20, 'twenty comments');
    expect(text(items()[0])).to.equal(first);
    const ids = new Set([...items()].map((li) => text(li)));
    expect(ids.size).to.be.greaterThan(10);
  });

  it('reads its filters from the page URL and writes a new choice back, with the keyboard', async () => {
    history.replaceState(null, '', `${page.split('?')[0]}?channel=phone&period=4w`);
    const phone = (await get<{ groups: Group[] }>('/__collector/api/summary?groupBy=channel')).groups.find(
      (g) => g.key === 'phone',
    )!;
    const { el } = await dashboard();
    const selects = [...root(el).querySelectorAll('select')];
    expect(selects.map((s) => s.value)).to.deep.equal(['', '', 'phone', '4w']);
    // Four weeks: this one and the three before.
    expect(table(part(el, 'trend'))).to.have.length(5);
    expect(Number(text(part(el, 'nps').querySelector('[part="n"]')).replace(/\D/g, ''))).to.be.below(phone.summary.n);
    for (const row of part(el, 'comments').querySelectorAll('[part="comment-meta"]'))
      expect(text(row)).to.contain('phone');

    selects[2]!.focus();
    await sendKeys({ press: 'Home' });
    await waitUntil(() => !new URL(location.href).searchParams.has('channel'), 'channel cleared from the URL');
    expect(new URL(location.href).searchParams.get('period')).to.equal('4w');
    await drawn(el);
    expect(selects[2]!.value).to.equal('');
  });

  it('is one column at 320 pixels without horizontal scrolling, in Dutch and English', async () => {
    for (const lang of ['nl', 'en']) {
      const { wrapper, el } = await dashboard(lang, 320);
      expect(el.scrollWidth, lang).to.be.at.most(320);
      // Text too: a line that cannot wrap widens what holds it without any element's box passing the edge.
      for (const node of [wrapper, ...root(el).querySelectorAll('*:not(.visually-hidden, .visually-hidden *)')]) {
        expect(node.scrollWidth, `${lang} ${node.localName}.${node.className}`).to.be.at.most(node.clientWidth || 320);
      }
      const lefts = new Set([...part(el, 'grid').children].map((c) => Math.round(c.getBoundingClientRect().left)));
      expect(lefts.size, lang).to.equal(1);
      for (const node of root(el).querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, `${lang} ${node.localName}`).to.be.at.most(
          wrapper.getBoundingClientRect().right + 0.5,
        );
      }
    }
  });

  for (const lang of ['en', 'nl', 'de', 'fr']) {
    it(`speaks ${lang}, keeps a table behind every picture and is accessible`, async () => {
      registerTranslation('de', de);
      registerTranslation('fr', fr);
      const { el } = await dashboard(lang);
      const words = {
        en: 'since last week',
        nl: 'sinds vorige week',
        de: 'seit letzter Woche',
        fr: 'depuis la semaine dernière',
      };
      expect(text(part(el, 'note'))).to.contain(words[lang as keyof typeof words]);
      for (const f of root(el).querySelectorAll('figure')) {
        expect(f.querySelector('table'), f.getAttribute('part')!).to.exist;
        for (const svg of f.querySelectorAll('svg')) expect(svg.closest('[aria-hidden="true"]')).to.exist;
      }
      for (const target of root(el).querySelectorAll('select, button')) {
        expect(target.getBoundingClientRect().height).to.be.at.least(24);
      }
      await expect(el).to.be.accessible();
    });
  }

  /** The layout shift (CLS's sum of `layout-shift` entries without recent input) while `run` runs. */
  async function layoutShift(run: () => Promise<void>) {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
    let shift = 0;
    const add = (entries: PerformanceEntry[]) => {
      for (const e of entries as Shift[]) if (!e.hadRecentInput) shift += e.value;
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift' });
    await run();
    await new Promise((r) => setTimeout(r, 300));
    add(observer.takeRecords());
    observer.disconnect();
    return shift;
  }

  it('loads again when taken off the page while loading and put back', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><feelback-report lang="en" dashboard src="/__collector/slow/api/summary"></feelback-report></div>`,
    );
    const el = wrapper.querySelector('feelback-report')!;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    wrapper.append(el);
    await drawn(el);
    expect(root(el).querySelectorAll('[part="placeholder"]')).to.have.length(0);
  });

  it('prints the figures without the controls', async () => {
    const { el } = await dashboard();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(part(el, 'filters')).display).to.equal('none');
      expect(getComputedStyle(part(el, 'more')).display).to.equal('none');
      expect(getComputedStyle(part(el, 'grid')).display).to.equal('block');
      expect(getComputedStyle(part(el, 'trend')).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('measures layout shift: content that moves in view counts', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <h1>Resultaten</h1>
        <p>Below</p>
      </div>`,
    );
    const shift = await layoutShift(async () => {
      await new Promise((r) => requestAnimationFrame(r));
      wrapper.querySelector('h1')!.style.marginBottom = '300px';
    });
    expect(shift).to.be.greaterThan(0);
  });

  it('reserves its space while it loads from a real server: layout shift under 0.1', async () => {
    const summary = await get<object>(SRC);
    // A tall screen: the placeholders alone would leave what follows the report in view.
    await setViewport({ width: 1280, height: 1600 });
    const shift = await layoutShift(async () => {
      // As on the demo's results page: a heading, the dashboard, then more content that must not jump.
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="nl">
          <h1>Resultaten</h1>
          <feelback-report dashboard src="/__collector/slow/api/summary"></feelback-report>
          <h2>Voorbeeld</h2>
          <feelback-report .summary=${summary}></feelback-report>
        </div>`,
      );
      const el = wrapper.querySelector('feelback-report')!;
      expect(part(el, 'report').getAttribute('aria-busy')).to.equal('true');
      await drawn(el);
    });
    await setViewport({ width: 800, height: 600 });
    console.log(`layout shift while the dashboard loads: ${shift.toFixed(4)}`);
    expect(shift).to.be.below(0.1);
  });
});

describe('the note on the last change of the trend', () => {
  const f = formats('en');
  const trend = (nps: object | null): TrendReply =>
    ({ interval: 'week', points: [], change: nps && { nps } }) as TrendReply;
  const note = (nps: object | null, lang = 'en') =>
    dashboardMessages(lang).change(changeWords(trend(nps), formats(lang)));

  for (const [what, nps, words] of [
    [
      'a significant fall',
      { from: 30, to: 10, difference: -20, z: -2.33, p: 0.0198, significant: true },
      'NPS fell 20 points since last week; a change this large is unlikely to be chance, p = 0.02.',
    ],
    [
      'a rise that can be chance',
      { from: 10, to: 14.4, difference: 4.4, z: 0.8, p: 0.4237, significant: false },
      'NPS rose 4 points since last week; a change this large can well be chance, p = 0.42.',
    ],
    [
      'too few answers to test',
      { from: 10, to: 100, difference: 90, z: null, p: null, significant: false },
      'NPS rose 90 points since last week; too few answers (fewer than 10 in a period) to tell whether that is chance.',
    ],
    [
      'a very small p',
      { from: 40, to: -10, difference: -50, z: -6, p: 1e-9, significant: true },
      'NPS fell 50 points since last week; a change this large is unlikely to be chance, p < 0.001.',
    ],
    [
      'no NPS in one of the weeks',
      { from: null, to: 10, difference: null, z: null, p: null, significant: false },
      'Too few periods with answers to compare.',
    ],
    ['fewer than two periods', null, 'Too few periods with answers to compare.'],
  ] as const) {
    it(`words ${what}`, () => expect(note(nps)).to.equal(words));
  }

  it('speaks Dutch with Dutch numbers', () => {
    expect(note({ from: 30, to: 10, difference: -20, z: -2.33, p: 0.0198, significant: true }, 'nl')).to.equal(
      'De NPS is 20 punten gedaald sinds vorige week; een verandering zo groot is waarschijnlijk geen toeval, p = 0,02.',
    );
    expect(f.p(0.0042)).to.equal('0.004');
  });
});

describe('the dashboard filters in the URL', () => {
  it('reads the filters it knows and ignores the rest', () => {
    expect(readFilters('?touchpoint=contact&period=12w&utm=x')).to.deep.equal({ touchpoint: 'contact', period: '12w' });
    expect(readFilters('?period=99w&channel=')).to.deep.equal({ period: 'all' });
  });

  it("writes them into the page's URL, keeping its other parameters", () => {
    const url = writeFilters('https://bank.example/results?utm=x&channel=web', { surveyId: 'hypotheek', period: '4w' });
    expect(url).to.equal('https://bank.example/results?utm=x&surveyId=hypotheek&period=4w');
    expect(writeFilters(url, { period: 'all' })).to.equal('https://bank.example/results?utm=x');
  });

  it('starts a period on the Monday of its first week, this week counting as one', () => {
    const wednesday = Date.parse('2026-11-25T15:00:00Z');
    expect(periodFrom('4w', wednesday)).to.equal('2026-11-02T00:00:00.000Z');
    expect(periodFrom('all', wednesday)).to.equal(undefined);
    // A Sunday belongs to the week that began six days earlier (ISO 8601).
    expect(periodFrom('4w', Date.parse('2026-11-29T23:00:00Z'))).to.equal('2026-11-02T00:00:00.000Z');
  });

  it('reads the trend, groups and comments beside src, with its filters and the chosen ones', () => {
    const now = Date.parse('2026-11-25T15:00:00Z');
    const urls = boardUrls(
      '/c/api/summary?surveyId=s',
      'https://x.example/page',
      { channel: 'app', period: '4w' },
      now,
    );
    const from = encodeURIComponent('2026-11-02T00:00:00.000Z');
    expect(urls.summary).to.equal(`https://x.example/c/api/summary?surveyId=s&channel=app&from=${from}`);
    expect(urls.trend).to.equal(`https://x.example/c/api/trend?surveyId=s&channel=app&from=${from}&interval=week`);
    // A comparison of channels lists every channel; the survey of src stays.
    expect(urls.channels).to.equal(`https://x.example/c/api/summary?surveyId=s&from=${from}&groupBy=channel`);
    expect(urls.surveys).to.equal(
      `https://x.example/c/api/summary?surveyId=s&channel=app&from=${from}&groupBy=surveyId`,
    );
    expect(urls.comments).to.equal(`https://x.example/c/api/comments?surveyId=s&channel=app&from=${from}&limit=10`);
  });
});
