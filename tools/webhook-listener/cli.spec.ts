import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseCliOptions, startCli } from './cli';
import type { WebhookListener } from './webhook-listener';

describe('parseCliOptions', () => {
  it("defaults to MISP's debug URL, 127.0.0.1:27051", () => {
    expect(parseCliOptions([])).toEqual({ host: '127.0.0.1', port: 27051, headers: false, help: false });
  });

  it('reads --host, --port, --headers and --help', () => {
    expect(parseCliOptions(['--host', '0.0.0.0', '--port', '0', '--headers', '--help'])).toEqual({ host: '0.0.0.0', port: 0, headers: true, help: true });
  });

  it.each([[['--port', '-1']], [['--port', 'abc']], [['--what']]])('rejects %j', (argv) => {
    expect(() => parseCliOptions(argv)).toThrow();
  });
});

describe('startCli', () => {
  let listener: WebhookListener;
  const printed: string[] = [];

  beforeAll(async () => {
    listener = await startCli({ host: '127.0.0.1', port: 0, headers: false, help: false }, (text) => printed.push(text));
  });

  afterAll(() => listener.close());

  it('prints where it listens, then every request it receives', async () => {
    expect(printed[0]).toBe(`webhook-listener on ${listener.url} (Ctrl-C to stop)\n\n`);
    await fetch(`${listener.url}/event-publish/end?outcome=success`, { method: 'POST', body: '{"data":{"executed_nodes":[1]}}' });
    expect(printed[1]).toMatch(/^\[\d{4}-\d\d-\d\dT[^\]]+\] POST \/event-publish\/end\?outcome=success\n/);
    expect(printed[1]).toContain('debug: trigger event-publish · end · outcome=success');
    expect(printed[1]).toContain('body:\n{\n  "data": {\n    "executed_nodes": [\n      1\n    ]\n  }\n}\n\n');
  });
});

describe('main.ts', () => {
  it('prints received requests on stdout until SIGTERM', async () => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'main.ts'), '--port', '0'], {
      cwd: join(__dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const waitFor = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(out);
          if (match) resolve(match);
        };
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          check();
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
        check();
      });
    try {
      const [, url] = await waitFor(/on (http:\/\/\S+)/);
      const res = await fetch(`${url}/event-publish/init?type=blocking`, { method: 'POST', body: '{"data":{}}' });
      expect(await res.text()).toBe('{"status":"ok"}');
      await waitFor(/POST \/event-publish\/init\?type=blocking[\s\S]*body:\n\{\n {2}"data": \{\}\n\}/);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 30_000);
});
