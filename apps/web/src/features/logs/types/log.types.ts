/** A row of `GET /logs` (MISP's application log, spec §8.1). */
export type LogRow = {
  id: string;
  created: string;
  model: string;
  model_id: string;
  action: string;
  title: string;
  change: string;
  email: string;
};
