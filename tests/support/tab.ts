/**
 * A second page of the test origin, loaded in an iframe: it loads feelback the way a site does (the bundle
 * entry flushes the outbox on load) and exposes the delivery API so a test can drive "another tab".
 */
import '../../src/define.js';
import { deliver, flush } from '../../src/delivery/deliver.js';
import { configureDelivery } from '../../src/delivery/policy.js';

Object.assign(window, { feelbackTab: { deliver, flush, configureDelivery } });
