/** The part of jsfive (pure-JavaScript HDF5 reader, no types of its own) the Keras reader uses. */
declare module 'jsfive' {
  export class File {
    constructor(buffer: ArrayBuffer, filename?: string);
    readonly attrs: Record<string, unknown>;
  }
}
