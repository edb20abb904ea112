// Type test of `feelback/react` (React 19 JSX), checked by `tsc -p tests/types/tsconfig.react.json`.
// Each `@ts-expect-error` marks a mistake the types must refuse: when they accept it, tsc reports the
// directive as unused and the test fails. TypeScript never checks a hyphenated JSX attribute it does not
// know (`survey-idd`), so the misspellings below are of single-word attributes and properties.
import type {} from 'feelback/react';
import type { FeelbackSentDetail, FeelbackSurvey, Response } from 'feelback';
import { useRef } from 'react';

const sent: ((e: CustomEvent<FeelbackSentDetail>) => void)[] = [];

export function Survey() {
  const survey = useRef<FeelbackSurvey>(null);
  return (
    <feelback-survey
      ref={survey}
      endpoint="/api/responses"
      survey-id="hypotheek"
      touchpoint="hypotheek-aanvraag"
      layout="steps"
      recovery="detractor high-effort"
      recovery-contact
      headers={{ 'x-csrf-token': 'abc' }}
      transport={async (payload) => void payload}
      className="survey"
      onfeelback-sent={(e) => {
        const status: number = e.detail.status;
        const response: Response = e.detail.response;
        sent.forEach((f) => f(e));
        void [status, response];
      }}
      onfeelback-recovery={(e) => e.detail.reasons.includes('detractor')}
      onfeelback-error={(e) => {
        // @ts-expect-error: the error codes are a union, `nope` is not one of them
        void (e.detail.code === 'nope');
      }}
    >
      <feelback-nps required subject="onze bank" low-label="Zeer onwaarschijnlijk" high-label="Zeer waarschijnlijk" />
      <feelback-emotion max={2} without-intensity onchange={(e) => void e.target} />
      <feelback-effort organisation="Voorbeeldbank" />
      <feelback-rating kind="csat" points={7} name="csat" />
      <feelback-comment maxlength={500} redact="email iban" />
    </feelback-survey>
  );
}

export function Mistakes() {
  return (
    <>
      <feelback-survey
        // @ts-expect-error: misspelled attribute, `endpont` for `endpoint`
        endpont="/api/responses"
      />
      <feelback-nps
        // @ts-expect-error: misspelled attribute, `subjekt` for `subject`
        subjekt="onze bank"
      />
      <feelback-rating
        // @ts-expect-error: `points` is a number property: React sets it, it is no attribute string
        points="7"
      />
      <feelback-survey
        // @ts-expect-error: the event detail is typed, `statuz` is not in it
        onfeelback-sent={(e) => e.detail.statuz}
      />
      <feelback-survey
        // @ts-expect-error: `transport` takes the payload and returns a promise
        transport="fetch"
      />
      <feelback-report
        // @ts-expect-error: misspelled property, `summery` for `summary`
        summery={{}}
      />
    </>
  );
}
