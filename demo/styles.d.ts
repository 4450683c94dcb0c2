// Side-effect stylesheet imports (../src/styles.css, ./demo.css): Vite handles them; TypeScript 7
// checks that every side-effect import resolves, so it needs to know they exist.
declare module '*.css';
