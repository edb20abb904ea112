// A web-test-runner server command that emulates what a visitor's device and settings change: colour
// scheme, reduced motion, forced colours (Playwright's `emulateMedia`) and a touch screen's coarse pointer
// (the Chrome DevTools Protocol's touch emulation, which is what makes `(pointer: coarse)` match).
//
// `executeServerCommand('media', { colorScheme: 'dark', forcedColors: 'active', reducedMotion: 'reduce',
// coarse: true })`; `null` for a media feature (or `coarse: false`) goes back to the browser's own.
export function mediaPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'feelback-media',
    async executeCommand({ command, payload = {}, session }) {
      if (command !== 'media') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('the media command needs Playwright');
      const page = session.browser.getPage(session.id);
      const { coarse, ...media } = payload;
      if (Object.keys(media).length) await page.emulateMedia(media);
      if (coarse !== undefined) {
        if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
        const cdp = sessions.get(page);
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: coarse, maxTouchPoints: coarse ? 5 : 1 });
        await cdp.send('Emulation.setEmitTouchEventsForMouse', { enabled: coarse });
      }
      return true;
    },
  };
}
