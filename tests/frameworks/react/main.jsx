// A React 19 page using feelback as its README teaches: the package from npm, plain JSX bindings (an
// object, a function and `kind` as props; `onfeelback-sent` for the event), no refs.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'feelback/define.js';

/** Delivers through the page's own code instead of the survey's POST, e.g. a host's API client. */
async function transport(response) {
  const reply = await fetch('/api/transport', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(response),
  });
  if (!reply.ok) throw new Error(`HTTP ${reply.status}`);
}

function App() {
  const [events, setEvents] = useState([]);
  const sent = (e) => setEvents((list) => [...list, `sent:${e.detail.response.surveyId}`]);
  return (
    <main>
      <feelback-survey
        endpoint="/api/responses"
        survey-id="react-endpoint"
        headers={{ 'X-CSRF-Token': 'react-token' }}
        metadata={{ plan: 'gold' }}
        onfeelback-sent={sent}
      >
        <feelback-nps required subject="the app"></feelback-nps>
        <feelback-rating kind="ease" name="ease"></feelback-rating>
      </feelback-survey>
      <feelback-survey
        survey-id="react-transport"
        transport={transport}
        metadata={{ plan: 'silver' }}
        onfeelback-sent={sent}
      >
        <feelback-nps></feelback-nps>
      </feelback-survey>
      <p role="log" aria-label="events">
        {events.join(' ')}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
