// A web-test-runner server command that takes the test page's browser context off the network through
// Playwright's emulation, so `navigator.onLine` and the `online`/`offline` events are the browser's own.
//
// While offline, the page's messages to the test runner are held back too, so the page cannot ask to come
// back online: `executeServerCommand('network', { offlineForMs: 500 })` goes offline and the server brings
// the network back by itself after that time. The command's answer (the server's clock when it went
// offline) reaches the page only once it is online again.
export function networkPlugin() {
  return {
    name: 'feelback-network',
    async executeCommand({ command, payload, session }) {
      if (command !== 'network') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('the network command needs Playwright');
      const context = session.browser.getPage(session.id).context();
      const at = Date.now();
      await context.setOffline(true);
      setTimeout(() => void context.setOffline(false), payload?.offlineForMs ?? 500);
      return at;
    },
  };
}
