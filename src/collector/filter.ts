/** The query filters of `/api/summary` and `/api/export`, validated like every other input. */
import { CHANNELS, type Channel, type Issue } from '../schema/response.js';
import type { ResponseFilter } from './store.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `from` and `to` take a date (a whole UTC day: `to=2026-11-30` includes that day) or a date-time with an
 * offset; both bounds are inclusive and apply to `submittedAt`. An empty parameter means no filter.
 */
function instant(value: string, end: boolean): string | null {
  // An unencoded `+01:00` offset arrives as ` 01:00`: query strings read `+` as a space.
  value = value.replace(/ (\d{2}:\d{2})$/, '+$1');
  if (DATE.test(value)) value += end ? 'T23:59:59.999Z' : 'T00:00:00.000Z';
  else if (!DATE_TIME.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export function parseFilter(params: URLSearchParams): { filter: ResponseFilter } | { errors: Issue[] } {
  const filter: ResponseFilter = {};
  const errors: Issue[] = [];
  const get = (name: string) => params.get(name) || undefined;
  const surveyId = get('surveyId');
  const touchpoint = get('touchpoint');
  const channel = get('channel');
  if (surveyId) filter.surveyId = surveyId;
  if (touchpoint) filter.touchpoint = touchpoint;
  if (channel) {
    if ((CHANNELS as readonly string[]).includes(channel)) filter.channel = channel as Channel;
    else errors.push({ path: 'channel', message: `channel must be one of ${CHANNELS.join(', ')}` });
  }
  for (const bound of ['from', 'to'] as const) {
    const raw = get(bound);
    if (!raw) continue;
    const value = instant(raw, bound === 'to');
    if (value) filter[bound] = value;
    else errors.push({ path: bound, message: `${bound} must be a date (YYYY-MM-DD) or an ISO 8601 date-time` });
  }
  return errors.length > 0 ? { errors } : { filter };
}
