import type { PropertyDeclaration } from 'lit';

/**
 * A flag attribute (`no-source`, `show-original`…), read as HTML reads a boolean attribute (present: on, whatever
 * its value) but for one value: `"false"` (any case, spaces around it) is off. Frameworks write that for a false
 * value (Vue's `:no-source="false"`, a template's `no-source="{{ false }}"`), and an editor who writes it means off.
 */
export const flag = {
  type: Boolean,
  converter: {
    fromAttribute: (value: string | null) => value !== null && value.trim().toLowerCase() !== 'false',
    toAttribute: (value: unknown) => (value ? '' : null),
  },
} satisfies PropertyDeclaration<boolean>;
