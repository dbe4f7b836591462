/** Vite's `?raw` imports (used to load fixtures without Node APIs) give the file's text. */
declare module '*?raw' {
  const text: string
  export default text
}
