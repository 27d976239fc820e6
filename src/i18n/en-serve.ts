// English words of `linkcheck serve`: its help and the lines it prints on stderr.
// zh-serve.ts has exactly the same keys (a test checks).
export const enServe = {
  'help.serve': 'answer checks over HTTP: a JSON API (docs/serve.md) and the page at /',
  'help.serve.port': 'the port to listen on; 0 picks a free one (default: 8080)',
  'help.serve.host': 'the address to listen on; 0.0.0.0 or :: listens beyond this machine (default: 127.0.0.1)',
  'help.serve.cors': 'let pages from this origin call the API from a browser (https://example.com, or * for any); repeat it or give a comma list (default: none)',
  'help.serve.site': 'the folder of the built page served at / (default: the package\'s site/, written by npm run build:site)',
  'help.serve.maxBody': 'largest JSON body of POST /v1/check, in bytes (default: 1048576)',
  'help.serve.maxPlan': 'largest plan sent to POST /v1/batch, in bytes (default: 104857600)',
  'help.serve.maxQueries': 'most queries in one POST /v1/check array (default: 1000)',
  'help.serve.maxConcurrent': 'most API requests answered at once; past it, 503 with Retry-After (default: 64)',
  'help.serve.headersTimeout': 'seconds a client has to send a request\'s headers (default: 10)',
  'help.serve.requestTimeout': 'seconds a client has to send a whole request, body included (default: 300)',
  'help.serve.bodyTimeout': 'seconds a request body may send nothing before it is cut off with 408 (default: 10)',
  'help.serve.bodyDeadline': 'seconds the service waits for a whole request body, however steadily it comes, before it is cut off with 408 (default: 60, or --body-timeout if longer)',
  'help.serve.keepAliveTimeout': 'seconds an idle connection is kept open (default: 5)',
  'help.serve.stopTimeout': 'seconds given to requests in flight after SIGTERM or SIGINT before their connections are closed (default: 10)',
  'help.serve.examples': `
Examples:
  $ linkcheck serve
  $ linkcheck serve --port 9000 --host 0.0.0.0 --cors https://tools.example.com
  $ curl 'http://127.0.0.1:8080/v1/check?source=taobao&surface=live-cart&at=2022-06-01'
  $ curl -X POST --data-binary @plan.csv -H 'Content-Type: text/csv' http://127.0.0.1:8080/v1/batch

SIGTERM or SIGINT (Ctrl-C) stops it: no new connections, requests in flight finish, exit 0.
Exit codes: 0 stopped; 2 bad option, rule data, or an address that cannot be listened on.
See docs/serve.md for every endpoint.`,
  'serve.listening': 'listening on {url} (the API under {url}v1/, the page at {url}); Ctrl-C stops',
  'serve.noSite': 'the page is not built (npm run build:site writes site/): {url} answers 404 until it is',
  'serve.stopping': 'stopping: no new connections; {count} requests in flight finish first',
  'serve.stoppingOne': 'stopping: no new connections; 1 request in flight finishes first',
  'serve.stopped': 'stopped',
};
