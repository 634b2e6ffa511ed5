import { connect } from 'node:net';
import { createTransport } from 'nodemailer';
import { decodeEncodedWords } from './mime-decode';
import { createSmtpSink, type SmtpSink } from './smtp-sink';

/** A raw SMTP dialogue: sends each chunk (CRLF appended) once the previous reply is complete; returns every reply line. */
async function dialogue(sink: SmtpSink, chunks: string[]): Promise<string[]> {
  const socket = connect(sink.port, sink.host);
  socket.setEncoding('utf8');
  const replies: string[] = [];
  const pending = [...chunks];
  let buffer = '';
  await new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('close', () => resolve());
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const complete = buffer.split('\r\n');
      buffer = complete.pop() ?? '';
      replies.push(...complete);
      // A reply ends with a "NNN text" line; "NNN-text" lines continue it (EHLO).
      if (!complete.some((l) => /^\d{3} /.test(l))) return;
      const next = pending.shift();
      if (next === undefined) socket.end();
      else socket.write(`${next}\r\n`);
    });
  });
  return replies;
}

describe('smtp-sink', () => {
  let sink: SmtpSink;
  afterEach(() => sink.close());

  it('records what nodemailer sends: envelope, headers, UTF-8 subject and quoted-printable text', async () => {
    sink = await createSmtpSink();
    const transport = createTransport({ host: sink.host, port: sink.port, secure: false });
    const text = `Événement publié — ${'long line '.repeat(20)}\n.starts with a dot\nend`;
    await transport.sendMail({ from: 'misp@example.test', to: ['admin@admin.test', 'soc@example.test'], subject: '[MISP] Événement 42 publié', text });
    const [message] = await sink.waitForMessages(1);
    expect(message).toMatchObject({ from: 'misp@example.test', to: ['admin@admin.test', 'soc@example.test'], subject: '[MISP] Événement 42 publié', text });
    expect(message.headers['content-transfer-encoding']).toBe('quoted-printable');
    expect(message.headers['from']).toBe('misp@example.test');
    expect(message.headers['to']).toBe('admin@admin.test, soc@example.test');
    expect(message).not.toHaveProperty('authUser');
  });

  it('requires the configured credentials (PLAIN or LOGIN) before MAIL FROM', async () => {
    sink = await createSmtpSink({ auth: { user: 'mailer', pass: 's3cret' } });
    const send = (pass: string, method?: string) =>
      createTransport({ host: sink.host, port: sink.port, auth: { user: 'mailer', pass }, authMethod: method }).sendMail({
        from: 'misp@example.test',
        to: 'admin@admin.test',
        subject: 'auth',
        text: 'x',
      });
    await expect(send('wrong')).rejects.toThrow(/535/);
    await send('s3cret', 'PLAIN');
    await send('s3cret', 'LOGIN');
    expect(sink.messages.map((m) => m.authUser)).toEqual(['mailer', 'mailer']);
    await expect(createTransport({ host: sink.host, port: sink.port }).sendMail({ from: 'a@b.test', to: 'c@d.test', text: 'x' })).rejects.toThrow(/530/);
  });

  it('refuses configured recipients with 550', async () => {
    sink = await createSmtpSink({ rejectRecipients: ['gone@example.test'] });
    const transport = createTransport({ host: sink.host, port: sink.port });
    await expect(transport.sendMail({ from: 'a@b.test', to: 'Gone@example.test', text: 'x' })).rejects.toThrow(/550/);
    expect(sink.messages).toEqual([]);
  });

  it('speaks SMTP to a raw client: sequencing errors, dot-unstuffing, RSET, QUIT', async () => {
    sink = await createSmtpSink({ maxMessageBytes: 1000 });
    const replies = await dialogue(sink, [
      'HELO client',
      'RCPT TO:<x@y.test>',
      'MAIL FROM:<from@example.test>',
      'DATA',
      'RCPT TO:<to@example.test>',
      'DATA',
      'Subject: raw\r\n\r\n..leading dot\r\nsecond\r\n.',
      'NOOP',
      'MAIL FROM:<other@example.test>',
      'RSET',
      'RCPT TO:<to@example.test>',
      'BOGUS',
      'QUIT',
    ]);
    expect(replies.filter((l) => /^\d{3} /.test(l)).map((l) => l.slice(0, 3))).toEqual([
      '220', '250', '503', '250', '503', '250', '354', '250', '250', '250', '250', '503', '502', '221',
    ]);
    expect(sink.messages).toEqual([expect.objectContaining({ from: 'from@example.test', to: ['to@example.test'], subject: 'raw', text: '.leading dot\nsecond' })]);
  });

  it('decodes base64 and adjacent encoded words', () => {
    expect(decodeEncodedWords('=?UTF-8?B?w4l2w6k=?= =?UTF-8?Q?nement_42?= ok')).toBe('Événement 42 ok');
  });

  it('waitForMessages times out with a clear error', async () => {
    sink = await createSmtpSink();
    await expect(sink.waitForMessages(1, 50)).rejects.toThrow('smtp-sink: 0 of 1 messages after 50 ms');
  });
});
