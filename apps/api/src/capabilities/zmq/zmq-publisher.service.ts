import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { SettingValue } from '@misp-wf/contracts';
import type { ZmqPublisher } from '@misp-wf/sdk';
import { Publisher } from 'zeromq';
import { SettingsService } from '../../settings/settings.service';
import { zmqTarget, type ZmqTarget } from './zmq-endpoint';

const SETTING_NAMES = ['Plugin.ZeroMQ_enable', 'Plugin.ZeroMQ_host', 'Plugin.ZeroMQ_port'] as const;

/** Publishing was refused: ZeroMQ is off, the socket could not bind, or the service is shutting down. */
export class ZmqPublishError extends Error {
  override readonly name = 'ZmqPublishError';
}

/**
 * MISP's ZeroMQ pub/sub feed (`mispzmq.py`): one PUB socket bound to `tcp://<Plugin.ZeroMQ_host>:<Plugin.ZeroMQ_port>`,
 * each message a single frame `<topic> <JSON>`, so subscribers written for MISP (prefix subscription on the
 * topic, split at the first space) work unchanged. The socket binds on the first publish, rebinds when the
 * settings move it, unbinds when ZeroMQ is turned off, and closes on shutdown. One process binds the port:
 * the platform publishes from the process that runs the workflows.
 */
@Injectable()
export class ZmqPublisherService implements ZmqPublisher, OnModuleDestroy {
  private readonly logger = new Logger(ZmqPublisherService.name);
  private socket: Publisher | null = null;
  private endpoint: string | null = null;
  private closed = false;
  // One operation at a time: a zeromq socket takes one send at a time, and binds must not interleave.
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly settings: SettingsService) {}

  /** The message is JSON-encoded, as MISP encodes what it pushes (a string becomes a JSON string). */
  publish(topic: string, message: unknown): Promise<void> {
    if (!/^\S+$/.test(topic)) return Promise.reject(new ZmqPublishError(`Invalid ZeroMQ topic "${topic}": one word, no spaces`));
    const frame = `${topic} ${JSON.stringify(message) ?? 'null'}`;
    return this.serial(async () => {
      if (this.closed) throw new ZmqPublishError('The ZeroMQ publisher is shut down');
      const target = await this.target();
      if (!target.enabled) {
        await this.release();
        throw new ZmqPublishError('ZeroMQ is disabled: turn on Plugin.ZeroMQ_enable to publish');
      }
      const socket = await this.bound(target.endpoint);
      await socket.send(frame);
    });
  }

  /** The endpoint the socket is bound to, or null (not bound yet, disabled, or shut down). */
  get boundEndpoint(): string | null {
    return this.endpoint;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await this.serial(() => this.release());
  }

  private async target(): Promise<ZmqTarget> {
    const values = new Map<string, SettingValue>();
    for (const name of SETTING_NAMES) values.set(name, await this.settings.get(name));
    return zmqTarget((name) => values.get(name));
  }

  private async bound(endpoint: string): Promise<Publisher> {
    if (this.socket && this.endpoint === endpoint) return this.socket;
    await this.release();
    const socket = new Publisher({ linger: 0 });
    try {
      await socket.bind(endpoint);
    } catch (error) {
      socket.close();
      throw new ZmqPublishError(`Could not bind the ZeroMQ publisher to ${endpoint}: ${(error as Error).message}`);
    }
    this.socket = socket;
    this.endpoint = endpoint;
    this.logger.log(`ZeroMQ publisher bound to ${endpoint}`);
    return socket;
  }

  private async release(): Promise<void> {
    const socket = this.socket;
    const endpoint = this.endpoint;
    this.socket = null;
    this.endpoint = null;
    if (!socket) return;
    // Unbinding first frees the port before close returns, so an immediate rebind to it succeeds.
    const last = socket.lastEndpoint ?? endpoint;
    if (last) await socket.unbind(last).catch(() => undefined);
    socket.close();
    this.logger.log(`ZeroMQ publisher on ${endpoint} closed`);
  }

  private serial<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.tail.then(operation, operation);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
