// Drives the real Nucleus JavaScript SDK (npm package nucleus-analytics 4.x) against a local dev
// server: node track-with-sdk.js ws://127.0.0.1:PORT APP_ID SECONDS
// Used by tst_ingest (sdkSessionArrives); it exits after SECONDS, keeping its WebSocket (and
// so its live presence) open until then.
const sdk = require('nucleus-analytics');
const Nucleus = sdk.default || sdk;

const [endpoint, appId, seconds] = process.argv.slice(2);
Nucleus.init(appId, { endpoint, reportInterval: 1, disableInDev: false });
Nucleus.identify('sdk-user', { plan: 'pro' });
Nucleus.track('EXPORT', { format: 'pdf' });
Nucleus.trackError('TypeError', new Error('x is undefined'));
setTimeout(() => process.exit(0), Number(seconds || 10) * 1000);
