import type { ComplexAttributeConverter } from 'lit';

/**
 * The converter of a flag attribute (`no-source`, `show-original`…), for `@property({ type: Boolean, converter:
 * flag })`: read as HTML reads a boolean attribute (present: on, whatever its value) but for one value: `"false"`
 * (any case, spaces around it) is off. Frameworks write that for a false value (Vue's `:no-source="false"`, a
 * template's `no-source="{{ false }}"`), and an editor who writes it means off.
 */
export const flag: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value: string | null) => value !== null && value.trim().toLowerCase() !== 'false',
  toAttribute: (value: boolean) => (value ? '' : null),
};
