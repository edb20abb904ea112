import { createApp } from 'vue';
import 'feelback/define.js';
import App from './App.vue';

createApp(App).mount('#app');
