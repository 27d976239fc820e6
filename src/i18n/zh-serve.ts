// `linkcheck serve` 的中文用语，与 en-serve.ts 的键完全相同（有测试检查）。
import type { enServe } from './en-serve.js';

export const zhServe: Record<keyof typeof enServe, string> = {
  'help.serve': '通过 HTTP 回答检查：JSON API（docs/serve.md），以及 / 处的页面',
  'help.serve.port': '监听的端口；0 表示任选一个空闲端口（默认：8080）',
  'help.serve.host': '监听的地址；0.0.0.0 或 :: 对本机以外开放（默认：127.0.0.1）',
  'help.serve.cors': '允许来自该源的网页在浏览器中调用 API（https://example.com，或用 * 表示任何来源）；可重复给出，或用逗号分隔（默认：无）',
  'help.serve.site': '在 / 提供的已构建页面所在文件夹（默认：包内的 site/，由 npm run build:site 写出）',
  'help.serve.maxBody': 'POST /v1/check 的 JSON 请求体上限，单位字节（默认：1048576）',
  'help.serve.maxPlan': '发到 POST /v1/batch 的计划上限，单位字节（默认：104857600）',
  'help.serve.maxQueries': '一个 POST /v1/check 数组中最多的查询数（默认：1000）',
  'help.serve.maxConcurrent': '同时回答的 API 请求上限；超过时返回 503 并带 Retry-After（默认：64）',
  'help.serve.headersTimeout': '客户端发送请求头的时限，单位秒（默认：10）',
  'help.serve.requestTimeout': '客户端发送整个请求（含请求体）的时限，单位秒（默认：300）',
  'help.serve.bodyTimeout': '请求体可以停顿不发送的秒数，超过即以 408 断开（默认：10）',
  'help.serve.bodyDeadline': '服务等待整个请求体的总秒数，无论发送是否持续，超过即以 408 断开（默认：60，或 --body-timeout 更长时取其值）',
  'help.serve.keepAliveTimeout': '空闲连接保持打开的秒数（默认：5）',
  'help.serve.stopTimeout': '收到 SIGTERM 或 SIGINT 后，留给进行中请求的秒数，之后关闭其连接（默认：10）',
  'help.serve.examples': `
示例：
  $ linkcheck serve
  $ linkcheck serve --port 9000 --host 0.0.0.0 --cors https://tools.example.com
  $ curl 'http://127.0.0.1:8080/v1/check?source=taobao&surface=live-cart&at=2022-06-01'
  $ curl -X POST --data-binary @plan.csv -H 'Content-Type: text/csv' http://127.0.0.1:8080/v1/batch

SIGTERM 或 SIGINT（Ctrl-C）使其停止：不再接受新连接，进行中的请求完成后以 0 退出。
退出码：0 已停止；2 选项错误、规则数据错误，或地址无法监听。
每个端点见 docs/serve.md。`,
  'serve.listening': '正在监听 {url}（API 在 {url}v1/ 下，页面在 {url}）；Ctrl-C 停止',
  'serve.noSite': '页面尚未构建（npm run build:site 写出 site/）：在此之前 {url} 返回 404',
  'serve.stopping': '正在停止：不再接受新连接；先完成进行中的 {count} 个请求',
  'serve.stoppingOne': '正在停止：不再接受新连接；先完成进行中的 1 个请求',
  'serve.stopped': '已停止',
};
