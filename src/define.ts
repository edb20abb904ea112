/** Side-effect entry: importing it defines every feelback element (guarded against double definition). */
import { flushOutbox } from './elements/feelback-survey/delivery-controller.js';
import { defineElements } from './registry.js';

defineElements();
// Every page load sends what an earlier page of this origin left in the outbox (it reads, writes nothing);
// with no survey of their id on this page, their events go to `document`.
void flushOutbox();
