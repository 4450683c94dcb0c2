import type { Decorator } from '@storybook/react-vite';

/**
 * A docs page renders every story of a component on one page. The kit moves focus into the code
 * field when a step opens (and onto the result when a code given up front is confirmed), which
 * scrolls the browser to that story: a page of twenty stories ended ~14,000 px down, at whichever
 * story focused last. So on docs pages no story focuses on opening (`autoFocus: false`; the canvas
 * keeps the real behaviour), and focus moved by a story itself does not scroll the page.
 */
export const stayPutInDocs: Decorator = (Story, context) => {
  if (context.viewMode !== 'docs') return Story();
  keepDocsStoriesFromScrolling();
  return 'autoFocus' in context.argTypes ? Story({ args: { ...context.args, autoFocus: false } }) : Story();
};

let guarded = false;
/** Focus inside a docs story (`.docs-story`) never scrolls; elsewhere, and in the canvas, focus is untouched. */
function keepDocsStoriesFromScrolling(): void {
  if (guarded) return;
  guarded = true;
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function focusWithoutScrollInDocs(this: HTMLElement, options?: FocusOptions) {
    focus.call(this, this.closest('.docs-story') ? { ...options, preventScroll: true } : options);
  };
}
