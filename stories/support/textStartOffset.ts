/**
 * How far an element's text starts from where its lines start (the content box's
 * left edge, or its right edge right to left): 0 for start-aligned text, half the spare room when centred.
 */
export function textStartOffset(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  const rects = [...range.getClientRects()];
  if (rects.length === 0) throw new Error(`<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> has no text`);
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  // The union of the pieces: bidi splits a line into runs whose order on screen is not the DOM's.
  return style.direction === 'rtl'
    ? box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight) - Math.max(...rects.map((rect) => rect.right))
    : Math.min(...rects.map((rect) => rect.left)) - box.left - parseFloat(style.borderLeftWidth) - parseFloat(style.paddingLeft);
}
