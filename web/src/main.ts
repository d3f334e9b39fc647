import { mount } from 'svelte';
import App from './components/App.svelte';
import { Playground } from './lib/playground.svelte.ts';
import './app.css';

const playground = new Playground();
mount(App, { target: document.getElementById('app')!, props: { playground } });
void playground.start();
