import { SejahteraError, ValidationError } from '../core/errors.js';

const EN = 'the input could not be read (reading it threw an error)';
const ID = 'masukan tidak dapat dibaca (membacanya menimbulkan galat)';

/**
 * What a public function throws when reading its input threw something that is not a SejahteraError
 * (a revoked Proxy, a getter or Proxy trap that throws): a ValidationError with the code
 * `unreadable_input`, so that callers only ever see SejahteraErrors. A SejahteraError passes through.
 */
export function unreadableInput(error: unknown, context: string): SejahteraError {
  if (error instanceof SejahteraError) return error;
  return new ValidationError(
    [{ code: 'unreadable_input', path: [], params: {}, message: EN }],
    context,
    { en: EN, id: ID },
  );
}
