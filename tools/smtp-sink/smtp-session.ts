import type { Socket } from 'node:net';

/** What one accepted SMTP transaction delivered. */
export type SmtpEnvelope = {
  /** `MAIL FROM` address (without the angle brackets). */
  from: string;
  /** `RCPT TO` addresses accepted, in order. */
  to: string[];
  /** The user name the client authenticated with, if it did. */
  authUser?: string;
  /** The message as sent after `DATA`, dot-unstuffed, CRLF line ends, without the final `.` line. */
  raw: string;
};

export type SessionOptions = {
  /** When set, `MAIL FROM` needs `AUTH PLAIN` or `AUTH LOGIN` with these credentials first. */
  auth?: { user: string; pass: string };
  /** `RCPT TO` for these addresses (compared without case) is refused with 550. */
  rejectRecipients?: readonly string[];
  maxMessageBytes: number;
  onMessage: (envelope: SmtpEnvelope) => void;
};

const ADDRESS = /^<([^<>]*)>/;

/**
 * The server side of one SMTP connection (RFC 5321 subset): EHLO/HELO, AUTH PLAIN/LOGIN, MAIL, RCPT, DATA,
 * RSET, NOOP, QUIT. Replies are one line per command except the EHLO capability list.
 */
export function runSmtpSession(socket: Socket, options: SessionOptions): void {
  let buffer = '';
  let from: string | null = null;
  let to: string[] = [];
  let authUser: string | undefined;
  let data: string[] | null = null;
  let dataBytes = 0;
  let pendingAuth: ((line: string) => void) | null = null;

  const reply = (line: string) => {
    if (!socket.destroyed) socket.write(`${line}\r\n`);
  };
  const reset = () => {
    from = null;
    to = [];
    data = null;
    dataBytes = 0;
  };
  const login = (user: string, pass: string) => {
    if (options.auth && (user !== options.auth.user || pass !== options.auth.pass)) {
      reply('535 5.7.8 Authentication credentials invalid');
      return;
    }
    authUser = user;
    reply('235 2.7.0 Authentication successful');
  };

  const onDataLine = (lines: string[], line: string) => {
    if (line === '.') {
      data = null;
      if (dataBytes > options.maxMessageBytes) {
        reply('552 5.3.4 Message too big');
      } else {
        options.onMessage({ from: from ?? '', to, ...(authUser ? { authUser } : {}), raw: lines.join('\r\n') });
        reply('250 2.0.0 OK queued');
      }
      from = null;
      to = [];
      return;
    }
    dataBytes += Buffer.byteLength(line) + 2;
    if (dataBytes <= options.maxMessageBytes) lines.push(line.startsWith('.') ? line.slice(1) : line);
  };

  const onCommand = (line: string) => {
    if (pendingAuth) {
      const step = pendingAuth;
      pendingAuth = null;
      step(line);
      return;
    }
    const [verb = '', ...rest] = line.split(' ');
    const arg = rest.join(' ');
    switch (verb.toUpperCase()) {
      case 'EHLO':
        reply('250-smtp-sink');
        reply('250-8BITMIME');
        reply('250-SMTPUTF8');
        reply(`250-SIZE ${options.maxMessageBytes}`);
        reply('250 AUTH PLAIN LOGIN');
        return;
      case 'HELO':
        reply('250 smtp-sink');
        return;
      case 'AUTH':
        return startAuth(arg);
      case 'MAIL': {
        const match = /^FROM:\s*(<[^<>]*>)/i.exec(arg);
        if (!match) return reply('501 5.5.4 Syntax: MAIL FROM:<address>');
        if (options.auth && !authUser) return reply('530 5.7.0 Authentication required');
        reset();
        from = ADDRESS.exec(match[1])?.[1] ?? '';
        return reply('250 2.1.0 OK');
      }
      case 'RCPT': {
        const match = /^TO:\s*(<[^<>]*>)/i.exec(arg);
        if (!match) return reply('501 5.5.4 Syntax: RCPT TO:<address>');
        if (from === null) return reply('503 5.5.1 MAIL first');
        const address = ADDRESS.exec(match[1])?.[1] ?? '';
        if (options.rejectRecipients?.some((r) => r.toLowerCase() === address.toLowerCase())) {
          return reply(`550 5.1.1 <${address}>: Recipient address rejected`);
        }
        to.push(address);
        return reply('250 2.1.5 OK');
      }
      case 'DATA':
        if (to.length === 0) return reply('503 5.5.1 RCPT first');
        data = [];
        return reply('354 End data with <CR><LF>.<CR><LF>');
      case 'RSET':
        reset();
        return reply('250 2.0.0 OK');
      case 'NOOP':
        return reply('250 2.0.0 OK');
      case 'QUIT':
        reply('221 2.0.0 Bye');
        socket.end();
        return;
      case 'STARTTLS':
        return reply('454 4.7.0 TLS not available');
      default:
        return reply('502 5.5.2 Command not recognized');
    }
  };

  const startAuth = (arg: string) => {
    const [mechanism = '', initial] = arg.split(' ');
    const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
    if (mechanism.toUpperCase() === 'PLAIN') {
      const finish = (b64: string) => {
        const [, user = '', pass = ''] = decode(b64).split('\0');
        login(user, pass);
      };
      if (initial) return finish(initial);
      reply('334 ');
      pendingAuth = finish;
      return;
    }
    if (mechanism.toUpperCase() === 'LOGIN') {
      reply('334 VXNlcm5hbWU6');
      pendingAuth = (userB64) => {
        reply('334 UGFzc3dvcmQ6');
        pendingAuth = (passB64) => login(decode(userB64), decode(passB64));
      };
      return;
    }
    reply('504 5.5.4 Unrecognized authentication type');
  };

  socket.setEncoding('utf8');
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, end).replace(/\r$/, '');
      buffer = buffer.slice(end + 1);
      if (data) onDataLine(data, line);
      else onCommand(line);
    }
  });
  reply('220 smtp-sink ESMTP ready');
}
