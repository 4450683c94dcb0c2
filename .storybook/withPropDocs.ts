import type { ArgTypesEnhancer } from 'storybook/internal/types';
import PROP_DOCS from '../stories/support/propDocs.generated.json';

interface PropDoc {
  type: string;
  description: string;
  category?: string;
  required?: boolean;
}
const DOCS: Record<string, Record<string, PropDoc> | undefined> = PROP_DOCS;

/** The component's name as react-docgen saw it (minified builds rename functions), else its own. */
function nameOf(component: unknown): string | undefined {
  if (typeof component !== 'function') return undefined;
  const docgen = (component as { __docgenInfo?: { displayName?: string } }).__docgenInfo;
  return docgen?.displayName ?? (component as { displayName?: string }).displayName ?? component.name;
}

/**
 * Completes the props table from scripts/prop-docs.mjs (tsc's view of each component's props):
 * props react-docgen cannot see (declared in an imported type) get a row, every row its type as
 * written instead of "union", and a group (Screen, Signing in, Styling, Texts). A story's own argTypes
 * (controls, descriptions) stay; it runs after react-docgen's pass.
 */
export const withPropDocs: ArgTypesEnhancer = (context) => {
  const docs = DOCS[nameOf(context.component) ?? ''];
  if (!docs) return context.argTypes;
  const argTypes = { ...context.argTypes };
  for (const [prop, doc] of Object.entries(docs)) {
    const current = argTypes[prop];
    argTypes[prop] = {
      ...current,
      name: prop,
      description: current?.description || doc.description,
      type: current?.type ?? { name: 'other', value: doc.type, required: doc.required === true },
      table: {
        ...current?.table,
        type: { ...current?.table?.type, summary: doc.type },
        ...(doc.category ? { category: doc.category } : {}),
      },
    };
  }
  return argTypes;
};
withPropDocs.secondPass = true;
