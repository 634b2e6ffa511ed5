import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseCliOptions } from './cli-options';

describe('parseCliOptions', () => {
  it('defaults to 127.0.0.1:6666 like misp-modules', () => {
    expect(parseCliOptions([])).toEqual({ host: '127.0.0.1', port: 6666, help: false });
  });

  it('reads --host, --port and --help', () => {
    expect(parseCliOptions(['--host', '0.0.0.0', '--port', '0', '-h'])).toEqual({ host: '0.0.0.0', port: 0, help: true });
  });

  it.each([[['--port', 'x']], [['--port', '70000']], [['--nope']]])('rejects %j', (argv) => {
    expect(() => parseCliOptions(argv)).toThrow();
  });
});

describe('main.ts', () => {
  it('serves over HTTP until SIGTERM', async () => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'main.ts'), '--port', '0'], {
      cwd: join(__dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(out);
          if (match) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      expect(await (await fetch(`${url}/healthcheck`)).text()).toBe('{"status":true}');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 30_000);
});
