/** An option of a select, radio or picker: the stored value and its label. */
export type ParamOption = { value: string; label: string };

type Base<Kind extends string> = {
  kind: Kind;
  label: string;
  help?: string;
  placeholder?: string;
  required?: boolean;
  /** MISP `jinja_supported`: a non-empty value is rendered with the roaming data before `run`. */
  jinja?: boolean;
  /** MISP `display_on`: show only when another param has one of these values. */
  displayOn?: Record<string, string[]>;
};

export type InputParam = Base<'input'> & { default?: string };
export type TextareaParam = Base<'textarea'> & { default?: string };
export type CheckboxParam = Base<'checkbox'> & { default?: boolean };
export type SelectParam<V extends string = string> = Base<'select'> & { options: readonly ParamOption[]; default?: V };
export type RadioParam<V extends string = string> = Base<'radio'> & { options: readonly ParamOption[]; default?: V };
/** A list of values picked from options (tags, organisations…); `allowCreate` accepts free entries. */
export type PickerParam = Base<'picker'> & {
  options?: readonly ParamOption[];
  /** Name of an option list the platform fills at run time (e.g. `tags`, `galaxy-clusters`, `organisations`). */
  optionsSource?: string;
  multiple: true;
  allowCreate?: boolean;
  default?: string[];
};
/** A CakePHP Hash path; `subSelector` = relative to each filtered item. */
export type HashPathParam = Base<'hashpath'> & { subSelector?: boolean; default?: string };

export type ParamSpec = InputParam | TextareaParam | CheckboxParam | SelectParam | RadioParam | PickerParam | HashPathParam;
export type ParamKind = ParamSpec['kind'];

/** The value `run` receives for one param. */
export type ParamValue<P> = P extends CheckboxParam
  ? boolean
  : P extends PickerParam
    ? string[]
    : P extends SelectParam<infer V> | RadioParam<infer V>
      ? V
      : string;

/** The typed `params` object of `run`: every declared param, with its value type. */
export type ParamValues<P extends Record<string, ParamSpec>> = { [K in keyof P]: ParamValue<P[K]> };
