import { FAKE_APPID, FAKE_SECRET, startFakeWechat } from './fake-wechat';

/**
 * `npm run fake-wechat`: the fake WeChat on loopback for trying the voter page in a desktop
 * browser. Refuses to run in production; the service refuses a loopback WeChat there too.
 */
async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    console.error('fake-wechat refuses to run with NODE_ENV=production: it signs anyone in as anyone.');
    process.exit(1);
  }
  const port = Number(process.env.FAKE_WECHAT_PORT ?? 3900);
  const fake = await startFakeWechat({ port, host: '127.0.0.1' });
  console.log(`fake WeChat listening on ${fake.baseUrl} (development only)`);
  console.log('start the service with:');
  console.log(`  WECHAT_APPID=${FAKE_APPID} WECHAT_SECRET=${FAKE_SECRET} WECHAT_API_BASE=${fake.baseUrl} WECHAT_OAUTH_AUTHORIZE_URL=${fake.authorizeUrl} npm run dev`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
