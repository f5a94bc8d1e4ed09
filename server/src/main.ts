import { serve } from '@hono/node-server';
import { createApp } from './app';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

serve({ fetch: createApp().fetch, port, hostname: host }, (info) => {
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}`;
  console.log(`Modulo is running.
  Catalogo dei moduli:  ${base}/
  API (moduli JSON):    ${base}/api/modules
Stop with Ctrl+C.`);
});
