// The portal's request routing: a CloudFront Function (cloudfront-js-2.0) on viewer request of the
// default behaviour. infra/portal-hosting.ts deploys this file's text as it is, and
// test/unit/portal-routing.test.ts evaluates the same text, so keep it one top-level `handler`
// without imports or exports (the runtime allows neither). The local runtime routes the same way
// (portalFileFor in infra/local/server.ts; the test holds the two to each other).
//
// - `/docs` and `/docs/` get `/docs.html`, the API reference page;
// - a path whose last segment has no dot is a route of the single-page app (`/`, `/cases/123`,
//   `/clerk/queue`): it gets `/index.html`, and the app's router shows the page;
// - a path to a file (`/assets/index-1a2b3c.js`, `/config.json`, `/docs.html`) passes unchanged.
// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls `handler` by name.
function handler(event) {
  const request = event.request;
  const uri = request.uri;
  if (uri === '/docs' || uri === '/docs/') request.uri = '/docs.html';
  else if (!uri.slice(uri.lastIndexOf('/') + 1).includes('.')) request.uri = '/index.html';
  return request;
}
