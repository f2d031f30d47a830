import { mount } from 'svelte';
import Embed from './Embed.svelte';
import './embed.css';

const target = document.getElementById('embed');
if (!target) throw new Error('embed.html has no #embed element');

export default mount(Embed, { target });
