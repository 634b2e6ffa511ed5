/** JSON exactly as it travels on the wire; module handlers only ever see decoded JSON. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** The sub-folder of `misp_modules/modules/` a module was loaded from; `/modules` reports it as `type`. */
export type ModuleFamily = 'expansion' | 'export_mod' | 'import_mod' | 'action_mod';

export type ActionParamType = 'string' | 'large_string' | 'hash_path';

export type ActionParam = {
  type: ActionParamType;
  description?: string;
  /** MISP shows this only as a placeholder; an unset param arrives as "". */
  value?: string;
  jinja_supported?: boolean;
};

/** Python `moduleconfig` of an action module, exposed twice: `mispattributes.config` and `meta.config`. */
export type ActionConfig = {
  params: Record<string, ActionParam>;
  blocking: boolean;
  support_filters: boolean;
  expect_misp_core_format: boolean;
};

export type ActionAttributes = { config: ActionConfig };

export type ExpansionAttributes = { input: string[]; output?: string[]; format?: 'misp_standard' };

/** Python `moduleinfo` (+ `config`), i.e. what `module.version()` returns. */
export type ModuleMeta = {
  version: string;
  author: string;
  description: string;
  'module-type': string[];
  name: string;
  logo: string;
  requirements: string[];
  features: string;
  references: string[];
  input: string;
  output: string;
  /** Action modules: the moduleconfig object; expansion modules: the list of setting names. */
  config?: ActionConfig | string[];
};

/** One entry of `GET /modules`. */
export type ModuleDescriptor = {
  name: string;
  type: ModuleFamily;
  mispattributes: ActionAttributes | ExpansionAttributes;
  meta: ModuleMeta;
};

/** What a fake module "sent" to the outside world (a chat post, …), so tests can assert on it. */
export type Notification = { module: string; target: JsonObject; message: string };

export type ModuleContext = { notify(notification: Notification): void };

/**
 * Throwing stands for a Python exception: the server answers the generic error, as misp-modules does.
 * Returning `false` is serialised as the body `false`.
 */
export type ModuleHandler = (request: JsonObject, context: ModuleContext) => JsonValue | Promise<JsonValue>;

export type MispModule = { descriptor: ModuleDescriptor; handler: ModuleHandler };
