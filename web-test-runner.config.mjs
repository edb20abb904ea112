import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from './tests/support/chromium.mjs';
import { mediaPlugin } from './tests/support/media-plugin.mjs';
import { collectorProxy } from './tests/support/collector-proxy.mjs';
import { networkPlugin } from './tests/support/network-plugin.mjs';
import { recorder } from './tests/support/recorder.mjs';
import { slowModules } from './tests/support/slow-modules.mjs';

export default {
  files: ['tests/**/*.test.ts', '!tests/**/*.node.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), networkPlugin(), mediaPlugin()],
  middleware: [recorder(), collectorProxy(), slowModules()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
