/** One problem with a field's props. */
export interface PropProblem {
  /** JSON pointer inside `props`, e.g. "/maxLength" or "/options/1/value". */
  pointer: string;
  /** Italian, for office staff, naming the prop: `la proprietà "maxLength" deve essere un numero intero`. */
  message: string;
  /** The same in English, for integrators: `property "maxLength" must be a whole number`. */
  messageEn: string;
}
