import type { MispClient, MispRequest } from '../context/module-context';

export type FakeMisp = MispClient & {
  /** Every request the module made, in order. */
  calls: MispRequest[];
  /** Queue an answer (or an error to throw) for the next request matching `method path`. */
  respond: (route: string, answer: unknown) => void;
};

/**
 * A MISP client that records calls and answers from a queue; unknown routes answer `{}`.
 * Routes are `"POST /events/addTag/12"`; a route ending in `*` matches by prefix.
 */
export function fakeMisp(): FakeMisp {
  const calls: MispRequest[] = [];
  const answers: { route: string; answer: unknown }[] = [];
  return {
    calls,
    respond: (route, answer) => void answers.push({ route, answer }),
    request: async <T>(req: MispRequest): Promise<T> => {
      calls.push(req);
      const key = `${req.method} ${req.path}`;
      const index = answers.findIndex((a) => a.route === key || (a.route.endsWith('*') && key.startsWith(a.route.slice(0, -1))));
      if (index === -1) return {} as T;
      const [{ answer }] = answers.splice(index, 1);
      if (answer instanceof Error) throw answer;
      return answer as T;
    },
  };
}
