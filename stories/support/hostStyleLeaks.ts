/** What a host stylesheet commonly changes and the kit keeps its own: the computed values compared. */
const PROPERTIES = [
  'text-align',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-decoration-line',
  'color',
  'background-color',
  'background-image',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-top-color',
  'border-top-left-radius',
  'display',
  'vertical-align',
  'cursor',
] as const;

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
/**
 * Whether a difference in `property` could show, judged on the render without the host: a border's
 * style and color only where the kit draws one (a reset such as Tailwind's `* { border-style: solid }`
 * changes nothing else), vertical-align only on inline boxes, not on a grid's or flexbox's items.
 */
function visible(property: string, style: CSSStyleDeclaration, parent: Element | null): boolean {
  if (property === 'border-top-style' || property === 'border-top-color')
    return SIDES.some((side) => parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0);
  if (property === 'vertical-align') return !parent || !/grid|flex/.test(getComputedStyle(parent).display);
  return true;
}

const describe = (element: Element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`;

/**
 * Every difference between two renders of the same screen, element by element (in DOM order) and
 * property by property, `::before` included, and their box sizes: one under a host's stylesheet, one without.
 */
export function hostStyleLeaks(underHost: Element, clean: Element): string[] {
  const hosted = [underHost, ...underHost.querySelectorAll('*')];
  const reference = [clean, ...clean.querySelectorAll('*')];
  if (hosted.length !== reference.length) return [`${hosted.length} elements under the host, ${reference.length} without`];
  const leaks: string[] = [];
  hosted.forEach((element, index) => {
    const other = reference[index]!;
    for (const pseudo of [null, '::before'] as const) {
      const a = getComputedStyle(element, pseudo);
      const b = getComputedStyle(other, pseudo);
      if (pseudo && b.content === 'none') continue;
      for (const property of PROPERTIES) {
        if (!visible(property, b, pseudo ? other : other.parentElement)) continue;
        const hostValue = a.getPropertyValue(property);
        const kitValue = b.getPropertyValue(property);
        if (hostValue !== kitValue) leaks.push(`${describe(element)}${pseudo ?? ''} ${property}: ${hostValue} (kit: ${kitValue})`);
      }
    }
    // Box sizes catch what no single property shows (box-sizing, a margin that collapses elsewhere).
    const [mine, theirs] = [element.getBoundingClientRect(), other.getBoundingClientRect()];
    for (const size of ['width', 'height'] as const)
      if (Math.abs(mine[size] - theirs[size]) > 0.5) leaks.push(`${describe(element)} ${size}: ${mine[size]}px (kit: ${theirs[size]}px)`);
  });
  return leaks;
}
