import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as template, nothing } from 'lit';
import { defineElements, FeelbackQuestion, type Answer, type FeelbackSurvey } from '../../src/index.js';
import { Response } from '../../src/schema/response.js';
import { openTab, until } from '../delivery/support.js';

/** A host's own question, written only against the npm entry: five stars, sent as a custom rating. */
class HostStars extends FeelbackQuestion {
  static override properties = { stars: { state: true } };
  readonly answerKind = 'rating' as const;
  stars: number | null = null;

  get answer(): Answer | null {
    const value = this.stars;
    return value === null ? null : { name: this.answerName, kind: 'rating', scale: 'custom', points: 5, value };
  }

  clear() {
    this.stars = null;
  }

  focusControl() {
    this.renderRoot.querySelector<HTMLElement>('[aria-checked=true], button')?.focus();
  }

  override render() {
    return template`<div
        role="radiogroup"
        aria-label=${this.question ?? 'Stars'}
        aria-invalid=${this.invalid ? 'true' : nothing}
        aria-describedby="${this.uid}-e"
      >
        ${[1, 2, 3, 4, 5].map(
          (n) =>
            template`<button
              type="button"
              role="radio"
              aria-checked=${String(this.stars === n)}
              @click=${() => {
                this.stars = n;
                this.userChanged();
              }}
            >
              ${n}
            </button>`,
        )}
      </div>
      ${this.renderError()}`;
  }
}
defineElements();
customElements.define('host-stars', HostStars);

let count = 0;
const newBucket = () => `own-${Date.now()}-${++count}`;
const received = async (bucket: string) => (await fetch(`/__feelback/received/${bucket}`)).json();
const star = (q: Element, n: number) => q.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')[n - 1]!;
const defaults = (s: FeelbackSurvey) => s.shadowRoot!.querySelectorAll('feelback-nps, feelback-emotion').length;

describe("feelback-survey with a host's own question class", () => {
  it('asks it instead of the default survey, validates it, and sends its answer to a real server', async () => {
    const bucket = newBucket();
    const el = await fixture<FeelbackSurvey>(
      html`<feelback-survey lang="en" endpoint="/__feelback/collect/${bucket}">
        <host-stars name="stars" required question="How many stars?"></host-stars>
      </feelback-survey>`,
    );
    const stars = el.querySelector<HostStars>('host-stars')!;
    await stars.updateComplete;
    expect(defaults(el)).to.equal(0);
    expect(el.questions()).to.deep.equal([stars]);

    // Required and unanswered: marked invalid, focused, nothing sent.
    expect(await el.submit()).to.deep.equal({ status: 'invalid' });
    await stars.updateComplete;
    const group = stars.shadowRoot!.querySelector('[role=radiogroup]')!;
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    expect(stars.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(
      'Please answer this question.',
    );
    expect(stars.shadowRoot!.activeElement).to.equal(star(stars, 1));
    expect(await received(bucket)).to.deep.equal([]);

    // Answered by the user: the survey hears it, scores what it can, and sends it.
    setTimeout(() => star(stars, 4).click());
    const change = await oneEvent(el, 'feelback-change');
    expect(change.detail).to.deep.include({ name: 'stars', kind: 'rating', value: 4 });
    await stars.updateComplete;
    expect(group.hasAttribute('aria-invalid')).to.be.false;
    const sent = oneEvent(el, 'feelback-sent');
    expect((await el.submit()).status).to.equal('sent');
    expect((await sent).detail.status).to.equal(201);
    const [req, ...more] = await received(bucket);
    expect(more).to.have.length(0);
    expect(Response.safeParse(req.body).success).to.be.true;
    expect(req.body.answers).to.deep.equal([{ name: 'stars', kind: 'rating', scale: 'custom', points: 5, value: 4 }]);
  });

  it('switches the default survey off when the question is defined after the survey rendered', async () => {
    const bucket = newBucket();
    const el = await fixture<FeelbackSurvey>(
      html`<feelback-survey lang="en" endpoint="/__feelback/collect/${bucket}">
        <late-stars name="late"></late-stars>
      </feelback-survey>`,
    );
    expect(defaults(el)).to.equal(2);
    customElements.define('late-stars', class extends HostStars {});
    await el.updateComplete;
    expect(defaults(el)).to.equal(0);
    const late = el.querySelector<HostStars>('late-stars')!;
    expect(el.questions()).to.deep.equal([late]);
    await late.updateComplete;
    star(late, 2).click();
    await el.submit();
    const [req] = await received(bucket);
    expect(req.body.answers).to.deep.equal([{ name: 'late', kind: 'rating', scale: 'custom', points: 5, value: 2 }]);
  });

  it('keeps its questions in document order as they come and go, and falls back to the default survey', async () => {
    const el = await fixture<FeelbackSurvey>(
      html`<feelback-survey><host-stars name="b"></host-stars><feelback-nps></feelback-nps></feelback-survey>`,
    );
    const a = Object.assign(document.createElement('host-stars'), { name: 'a' });
    const c = Object.assign(document.createElement('host-stars'), { name: 'c' });
    el.append(c);
    el.prepend(a);
    expect(el.questions().map((q) => q.answerName)).to.deep.equal(['a', 'b', 'nps', 'c']);
    a.remove();
    expect(el.questions().map((q) => q.answerName)).to.deep.equal(['b', 'nps', 'c']);
    el.replaceChildren();
    await el.updateComplete;
    expect(defaults(el)).to.equal(2);
    expect(el.questions().map((q) => q.localName)).to.deep.equal([
      'feelback-nps',
      'feelback-emotion',
      'feelback-comment',
    ]);
  });

  it('belongs to the nearest survey only', async () => {
    const outer = await fixture<FeelbackSurvey>(
      html`<feelback-survey>
        <feelback-nps name="outer"></feelback-nps>
        <feelback-survey><host-stars name="inner"></host-stars></feelback-survey>
      </feelback-survey>`,
    );
    const inner = outer.querySelector<FeelbackSurvey>('feelback-survey')!;
    expect(outer.questions().map((q) => q.answerName)).to.deep.equal(['outer']);
    expect(inner.questions().map((q) => q.answerName)).to.deep.equal(['inner']);
  });

  it('registers a question the host defined before feelback was loaded', async () => {
    const tab = await openTab({
      body: `<feelback-survey><early-stars name="early"></early-stars></feelback-survey>
        <script type="module" src="/tests/support/early-question.ts"></script>`,
    });
    const doc = tab.frame.contentDocument!;
    const survey = doc.querySelector('feelback-survey') as FeelbackSurvey;
    await until(() => typeof survey.questions === 'function' && survey.questions().length > 0);
    await aTimeout(0);
    expect(survey.questions().map((q) => q.localName)).to.deep.equal(['early-stars']);
    await survey.updateComplete;
    expect(defaults(survey)).to.equal(0);
    tab.frame.remove();
  });
});
