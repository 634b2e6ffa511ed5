import type { HandlerResult } from './misp-http.util';
import type { SimulatorState } from './misp-simulator.types';

export type RequestContext = {
  state: SimulatorState;
  method: string;
  /** Canonical `/controller/action[/params]` path without query, `.json` or named params, for error urls. */
  url: string;
  /** Positional path segments after controller and action. */
  params: string[];
  /** CakePHP named parameters (`/metadata:1`). */
  named: Record<string, string>;
  body: unknown;
};

export type Handler = (ctx: RequestContext) => HandlerResult;

export type Route = {
  controller: string;
  action: string;
  methods: string[];
  handler: Handler;
};
