import type { CardElement } from '../core/card';

/** Form inputs for Adaptive Cards. What they send is validated again on the server: card data can be forged. */

export interface Choice {
  title: string;
  value: string;
}

export function textInput(id: string, label: string, value: string, options: { maxLength: number; required?: boolean; multiline?: boolean; placeholder?: string; errorMessage?: string }): CardElement {
  const { maxLength, required, multiline, placeholder, errorMessage } = options;
  return {
    type: 'Input.Text', id, label, value, maxLength,
    ...(required ? { isRequired: true, errorMessage } : {}),
    ...(multiline ? { isMultiline: true } : {}),
    ...(placeholder ? { placeholder } : {})
  };
}

export function numberInput(id: string, label: string, value: number | undefined, range: { min: number; max: number; required?: boolean; errorMessage?: string }): CardElement {
  return {
    type: 'Input.Number', id, label, min: range.min, max: range.max,
    ...(value === undefined ? {} : { value }),
    ...(range.required ? { isRequired: true, errorMessage: range.errorMessage } : {})
  };
}

/** A drop-down, or with `expanded` radio buttons; with `multiple`, checkboxes whose values arrive comma-separated. */
export function choiceInput(id: string, label: string, choices: Choice[], value: string | string[] | undefined, options: { required?: boolean; multiple?: boolean; expanded?: boolean; errorMessage?: string } = {}): CardElement {
  const selected = Array.isArray(value) ? value.join(',') : value;
  return {
    type: 'Input.ChoiceSet', id, label, choices,
    style: options.multiple || options.expanded ? 'expanded' : 'compact',
    ...(options.multiple ? { isMultiSelect: true } : {}),
    ...(selected ? { value: selected } : {}),
    ...(options.required ? { isRequired: true, errorMessage: options.errorMessage } : {})
  };
}

/** An on/off switch; its value arrives as «true» or «false». */
export function toggleInput(id: string, label: string, title: string, value: boolean): CardElement {
  return { type: 'Input.Toggle', id, label, title, value: String(value), valueOn: 'true', valueOff: 'false' };
}
