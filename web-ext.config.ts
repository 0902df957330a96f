import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would try to open a browser it cannot find here; `npm start` launches
// one itself (scripts/start.ts), so the dev runner stays off.
export default defineWebExtConfig({
  disabled: true,
});
