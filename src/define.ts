/** Side-effect entry: importing it defines every feelback element (guarded against double definition). */
import { defineElements } from './registry.js';

defineElements();
