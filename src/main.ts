import { mount } from 'svelte';
import App from './App.svelte';
import { addTexts } from './lib/i18n/i18n.svelte.ts';
import { deTools } from './lib/i18n/de-tools.ts';
import { deMap } from './lib/i18n/de-map.ts';
import { deChartTimeline } from './lib/i18n/de-chart-timeline.ts';
import { deChartVerlauf } from './lib/i18n/de-chart-verlauf.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The dashboard's own German texts (upload, Daten, embed dialog, Präsentation); embeds never load them.
// The Zeitleiste names entry kinds with the timeline chart's texts; the Übersicht shows the Verlauf.
addTexts('de', { ...deTools, ...deMap, ...deChartTimeline, ...deChartVerlauf });

export default mount(App, { target });
