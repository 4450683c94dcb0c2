/**
 * Stylesheets real apps already have when they add the kit, stacked so the most hostile value of each
 * stays: Tailwind 3's preflight, then Bootstrap 5's Reboot, then create-vite's React template
 * (index.css of the current template and of the previous one, with App.css's `#root`), then a few
 * rules common in site CSS. Element rules as written (specificity 0,0,1); what those sheets put on
 * `:root`, `body` and `#root` goes on the page wrapper (`:scope`), whose values the kit inherits.
 * Wrapped in `@scope (.host-page)` so a docs page showing the story keeps its own styles; scoping
 * only makes these rules stronger (at equal specificity the scoped rule wins, wherever it loads).
 * Fonts and colors that equal the kit's defaults are swapped for visible ones, so a leak shows.
 */
export const HOSTILE_HOST_CSS = `@scope (.host-page) {
  /* Tailwind 3 preflight */
  *, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; border-color: #e5e7eb; }
  h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
  a { color: inherit; text-decoration: inherit; }
  b, strong { font-weight: bolder; }
  button, input { font-family: inherit; font-size: 100%; font-weight: inherit; line-height: inherit; letter-spacing: inherit; color: inherit; margin: 0; padding: 0; }
  button, input:where([type='button']), input:where([type='submit']) { -webkit-appearance: button; background-color: transparent; background-image: none; }
  h1, h2, h3, h4, h5, h6, p { margin: 0; }
  img, svg, video { display: block; vertical-align: middle; }

  /* Bootstrap 5 Reboot */
  :scope { margin: 0; font-family: Georgia, serif; font-size: 1rem; font-weight: 400; line-height: 1.5; color: #212529; -webkit-text-size-adjust: 100%; }
  h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: 0.5rem; font-weight: 500; line-height: 1.2; color: #212529; }
  h3 { font-size: calc(1.3rem + 0.6vw); }
  p { margin-top: 0; margin-bottom: 1rem; }
  a { color: #0d6efd; text-decoration: underline; }
  label { display: inline-block; }
  button { border-radius: 0; text-transform: none; }
  input, button { margin: 0; font-family: inherit; font-size: inherit; line-height: inherit; }

  /* create-vite react-ts, index.css (current template) and #root */
  :scope {
    font: 18px/145% 'Trebuchet MS', system-ui, sans-serif;
    letter-spacing: 0.18px;
    color-scheme: light dark;
    color: #6b6375;
    background: #fff;
    width: 1126px;
    max-width: 100%;
    margin: 0 auto;
    text-align: center;
    border-inline: 1px solid #e5e4e7;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
  }
  h1, h2 { font-family: 'Courier New', monospace; font-weight: 500; color: #08060d; }
  h1 { font-size: 56px; letter-spacing: -1.68px; margin: 32px 0; }
  h2 { font-size: 24px; line-height: 118%; letter-spacing: -0.24px; margin: 0 0 8px; }

  /* create-vite react-ts, index.css (previous template) */
  a { font-weight: 500; color: #646cff; text-decoration: inherit; }
  button { border-radius: 8px; border: 1px solid transparent; padding: 0.6em 1.2em; font-size: 1em; font-weight: 500; font-family: inherit; background-color: #1a1a1a; cursor: pointer; }

  /* Common in site CSS */
  p { line-height: 1.8; color: #444; }
  label { display: block; margin-bottom: 0.5rem; font-weight: 700; letter-spacing: 0.05em; }
  button { text-transform: uppercase; letter-spacing: 0.1em; text-align: left; }
  input { margin: 4px; border: 2px inset #999; }
}`;
