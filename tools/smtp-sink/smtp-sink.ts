import { createServer, type AddressInfo, type Socket } from 'node:net';
import { parseMail } from './mime-decode';
import { runSmtpSession, type SmtpEnvelope } from './smtp-session';

/** A received mail: the envelope plus the headers, subject and text read back from the message. */
export type SmtpMessage = SmtpEnvelope & { headers: Record<string, string>; subject: string; text: string; receivedAt: Date };

export type SmtpSinkOptions = {
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Require `AUTH` with these credentials before `MAIL FROM`. */
  auth?: { user: string; pass: string };
  /** Refuse these recipients with 550. */
  rejectRecipients?: readonly string[];
  /** Larger messages are refused with 552 (default 10 MB). */
  maxMessageBytes?: number;
  /** Called for each message, after it is stored. */
  onMessage?: (message: SmtpMessage) => void;
};

export type SmtpSink = {
  host: string;
  port: number;
  /** Every accepted message, in order. */
  messages: SmtpMessage[];
  /** Resolves once `count` messages have arrived (rejects after `timeoutMs`). */
  waitForMessages: (count: number, timeoutMs?: number) => Promise<SmtpMessage[]>;
  close: () => Promise<void>;
};

/** A minimal SMTP server over plain TCP that accepts and records every mail; nothing is relayed. */
export async function createSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: SmtpMessage[] = [];
  const waiters: (() => void)[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    runSmtpSession(socket, {
      auth: options.auth,
      rejectRecipients: options.rejectRecipients,
      maxMessageBytes: options.maxMessageBytes ?? 10 * 1024 * 1024,
      onMessage: (envelope) => {
        const message = { ...envelope, ...parseMail(envelope.raw), receivedAt: new Date() };
        messages.push(message);
        options.onMessage?.(message);
        for (const wake of waiters.splice(0)) wake();
      },
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const waitForMessages = async (count: number, timeoutMs = 5_000): Promise<SmtpMessage[]> => {
    const deadline = Date.now() + timeoutMs;
    while (messages.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`smtp-sink: ${messages.length} of ${count} messages after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return messages.slice(0, count);
  };

  return {
    host,
    port,
    messages,
    waitForMessages,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
