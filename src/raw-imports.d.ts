// Vite's `?raw` imports: the file's text as a string (used for the bundled dataset, see content/dataset.ts).
declare module '*?raw' {
  const text: string;
  export default text;
}
