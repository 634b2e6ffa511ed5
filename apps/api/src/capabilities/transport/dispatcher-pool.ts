import { Agent, type Dispatcher } from 'undici';

/**
 * Connection pools shared by every node execution: one that verifies TLS certificates and one that does not
 * (`MISP.verify_tls` off, or a request with `allowSelfSigned`). Keeping them alive between nodes reuses
 * connections to MISP instead of a TLS handshake per call.
 */
export class DispatcherPool {
  private readonly agents = new Map<boolean, Agent>();

  get(opts: { verifyTls: boolean }): Dispatcher {
    let agent = this.agents.get(opts.verifyTls);
    if (!agent) {
      agent = new Agent({ connect: { rejectUnauthorized: opts.verifyTls }, keepAliveTimeout: 10_000 });
      this.agents.set(opts.verifyTls, agent);
    }
    return agent;
  }

  async close(): Promise<void> {
    const agents = [...this.agents.values()];
    this.agents.clear();
    await Promise.all(agents.map((a) => a.close()));
  }
}
