/** Side-effect entry: importing it defines every feelback element (guarded against double definition). */
import { isServer } from 'lit';
import { flushOutbox } from './elements/feelback-survey/submission.js';
import { defineElements } from './registry.js';

defineElements();
// Every page load sends what an earlier page of this origin left in the outbox (it reads, writes nothing);
// with no survey of their id on this page, their events go to `document`. Not while a server renders the
// page (Next.js, Nuxt, Astro import this in Node): there is no page, no outbox and no `document`.
if (!isServer) void flushOutbox();
