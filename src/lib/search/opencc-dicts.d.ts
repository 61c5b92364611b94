/** OpenCC's dictionaries as opencc-js ships them: `"key value|key value…"` strings. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
