/** opencc-js ships its single dictionaries without type declarations. */
declare module 'opencc-js/dict/*' {
  const dict: string
  export default dict
}
