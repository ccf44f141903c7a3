import './hardening/recording-socket.ts';
import { bootLocalServer, monitorCrashes } from './hardening/local-server.ts';
import { runLiveFuzz } from './hardening/live-fuzz.ts';

const monitor = monitorCrashes();
const server = await bootLocalServer({ timerScale: 0.1, botDelayMs: 30 });
console.log('booted');
setInterval(() => console.log('tick', (globalThis as any).STAGE, monitor.crashes.length), 5000).unref();
const s = await runLiveFuzz({ url: server.url, store: server.store, seed: 1, messages: 3000, rooms: 3, monitor, log: console.log });
console.log(JSON.stringify({ ...s, byCategory: undefined }, null, 1).slice(0, 5000));
await server.stop(); monitor.stop();
process.exit(0);
