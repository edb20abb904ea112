// The host page listening to feelback's events, as a site owner would (an external file: the demo
// pages run under a CSP without 'unsafe-inline').
const log = document.getElementById('log');
const write = (type, detail) => {
  if (!log) return;
  const line = `${new Date().toLocaleTimeString()}  ${type}  ${JSON.stringify(detail)}\n`;
  log.textContent = line + log.textContent;
};
for (const type of [
  'feelback-change',
  'feelback-submit',
  'feelback-sent',
  'feelback-queued',
  'feelback-error',
  'feelback-recovery',
  'feelback-open',
  'feelback-dismiss',
]) {
  document.addEventListener(type, (e) => write(type, e.detail));
}
// Service recovery: act at once on a strong negative emotion or a detractor.
document.addEventListener('feelback-recovery', (e) => {
  const note = document.getElementById('recovery-note');
  if (note) note.hidden = false;
  console.info('feelback: recovery needed', e.detail.reasons);
});
// The slide-in page: the visitor may ask for the survey again after closing it.
document.getElementById('reopen')?.addEventListener('click', () => document.getElementById('slide-in')?.open());
