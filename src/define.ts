/** Side-effect entry: importing it defines every feelback element (guarded against double definition). */
import { flush } from './delivery/deliver.js';
import { defineElements } from './registry.js';

defineElements();
// Every page load sends what an earlier page of this origin left in the outbox (it reads, writes nothing).
void flush();
