import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseOrigins } from '../../src/collector/cors.js';

describe('parseOrigins', () => {
  test('the default origins are the server’s own', () => {
    assert.deepEqual(parseOrigins('', 8787), ['http://127.0.0.1:8787', 'http://localhost:8787']);
    assert.deepEqual(parseOrigins('https://a.example, https://b.example', 8787), [
      'https://a.example',
      'https://b.example',
    ]);
  });
});
