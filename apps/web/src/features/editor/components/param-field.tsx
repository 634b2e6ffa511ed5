'use client';

import type { ModuleParam } from '../types/api.types';
import { PickerField } from './picker-field';
import { SourcedPickerField } from './sourced-picker-field';

type Props = { param: ModuleParam; value: unknown; nodeId: string; disabled?: boolean; onChange: (value: unknown) => void };

const JINJA_HINT = 'Jinja2 template: e.g. {{ Event.info }} takes the value from the run\u2019s data.';

/** One field of a node form, rendered from the module manifest's param (MISP param types, spec §6.3). */
export function ParamField({ param, value, nodeId, disabled, onChange }: Props) {
  const id = `param-${nodeId}-${param.id}`;
  const hintId = `${id}-hint`;
  const hints = [param.help, param.jinja_supported ? JINJA_HINT : undefined, param.type === 'hashpath' ? hashPathHint(param) : undefined].filter(Boolean);
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value);
  const label = (
    <label htmlFor={id} className="param__label">
      {param.label}
      {param.required && <span aria-hidden> *</span>}
      {param.jinja_supported && <span className="param__tag">Jinja</span>}
    </label>
  );
  const describedBy = hints.length > 0 ? hintId : undefined;
  const hint = hints.length > 0 && (
    <p id={hintId} className="help">
      {hints.join(' ')}
    </p>
  );

  switch (param.type) {
    case 'checkbox':
      return (
        <div className="param param--checkbox" data-param={param.id}>
          <input id={id} type="checkbox" checked={value === true || value === 'true' || value === 1} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.target.checked)} />
          {label}
          {hint}
        </div>
      );
    case 'radio':
      return (
        <fieldset className="param param--radio" data-param={param.id} aria-describedby={describedBy}>
          <legend className="param__label">{param.label}</legend>
          {(param.options ?? []).map((o) => (
            <label key={o.value} className="param__radio">
              <input type="radio" name={id} value={o.value} checked={text === o.value} disabled={disabled} onChange={() => onChange(o.value)} /> {o.label}
            </label>
          ))}
          {hint}
        </fieldset>
      );
    case 'select': {
      const options = param.options ?? [];
      const known = options.some((o) => o.value === text);
      return (
        <div className="param" data-param={param.id}>
          {label}
          <select id={id} value={text} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
            {/* A stored value the module no longer offers stays visible rather than silently changing. */}
            {!known && <option value={text}>{text === '' ? '(none)' : `${text} (not an option)`}</option>}
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {hint}
        </div>
      );
    }
    case 'picker': {
      const options = param.options ?? [];
      const list = Array.isArray(value) ? value.map(String) : text === '' ? [] : [text];
      const free = param.picker_create_new === true || options.length === 0;
      return (
        <div className="param" data-param={param.id}>
          {label}
          {param.options_source ? (
            <SourcedPickerField
              id={id}
              label={param.label}
              source={param.options_source}
              value={list}
              staticOptions={options}
              allowCreate={param.picker_create_new === true}
              placeholder={param.placeholder}
              disabled={disabled}
              describedBy={describedBy}
              onChange={onChange}
            />
          ) : (
            <PickerField id={id} label={param.label} value={list} options={options} allowCreate={free} placeholder={param.placeholder} disabled={disabled} describedBy={describedBy} onChange={onChange} />
          )}
          {hint}
        </div>
      );
    }
    case 'textarea':
      return (
        <div className="param" data-param={param.id}>
          {label}
          <textarea id={id} value={text} rows={4} placeholder={param.placeholder} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
          {hint}
        </div>
      );
    case 'input':
    case 'hashpath':
      return (
        <div className="param" data-param={param.id}>
          {label}
          <input
            id={id}
            type="text"
            className={param.type === 'hashpath' ? 'mono' : undefined}
            value={text}
            placeholder={param.placeholder}
            disabled={disabled}
            spellCheck={param.type === 'hashpath' ? false : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
          {hint}
        </div>
      );
  }
}

function hashPathHint(param: ModuleParam): string {
  return param.is_sub_selector
    ? 'Hash path relative to each selected item, e.g. Tag.{n}.name.'
    : 'Hash path (CakePHP Hash syntax) into the data, e.g. Event._AttributeFlattened.{n}.';
}
