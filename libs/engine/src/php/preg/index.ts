export { PregError, PregReDoSError, PregUnsupportedError } from './pcre-ast';
export { pregCompile, pregMatch } from './preg-match';
