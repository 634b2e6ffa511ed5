import type {
  CheckboxParam,
  HashPathParam,
  InputParam,
  ParamOption,
  PickerParam,
  RadioParam,
  SelectParam,
  TextareaParam,
} from './param-types';

type Common<P> = Omit<P, 'kind'>;
type Choices<V extends string> = readonly (V | { value: V; label: string })[];

/**
 * Param builders. Each returns plain data (it ends up in the manifest) and carries the value type that
 * `run` receives, so a module author never casts.
 */
export const param = {
  /** A single-line text field. */
  input: (spec: Common<InputParam>): InputParam => ({ kind: 'input', ...spec }),
  /** A multi-line text field. */
  textarea: (spec: Common<TextareaParam>): TextareaParam => ({ kind: 'textarea', ...spec }),
  /** A boolean. */
  checkbox: (spec: Common<CheckboxParam>): CheckboxParam => ({ kind: 'checkbox', ...spec }),
  /** One value among fixed choices; `run` receives the union of the choice values. */
  select: <const V extends string>(spec: Common<Omit<SelectParam<V>, 'options'>> & { options: Choices<V> }): SelectParam<V> => ({
    ...spec,
    kind: 'select',
    options: toOptions(spec.options),
  }),
  /** Radio buttons: like `select`. */
  radio: <const V extends string>(spec: Common<Omit<RadioParam<V>, 'options'>> & { options: Choices<V> }): RadioParam<V> => ({
    ...spec,
    kind: 'radio',
    options: toOptions(spec.options),
  }),
  /** Several values, from options or an option source; `run` receives `string[]`. */
  picker: (spec: Omit<Common<PickerParam>, 'multiple'>): PickerParam => ({ kind: 'picker', multiple: true, ...spec }),
  /** A CakePHP Hash path into the roaming data. */
  hashPath: (spec: Common<HashPathParam>): HashPathParam => ({ kind: 'hashpath', ...spec }),
};

function toOptions<V extends string>(choices: Choices<V>): ParamOption[] {
  return choices.map((c) => (typeof c === 'string' ? { value: c, label: c } : { value: c.value, label: c.label }));
}
